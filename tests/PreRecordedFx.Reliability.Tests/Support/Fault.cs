namespace PreRecordedFx.Reliability.Tests;

/// <summary>What the hostile server does with one call. The client names it in the job id or the list query.</summary>
public enum Fault
{
    /// <summary>The answer the contract promises.</summary>
    Valid,

    /// <summary>Valid JSON cut in half, with an honest (short) <c>Content-Length</c>.</summary>
    TruncatedJson,

    /// <summary>A <c>Content-Length</c> twice the bytes sent, then the connection is reset.</summary>
    CutShort,

    /// <summary>Random bytes labelled as the expected content type.</summary>
    RandomBytes,

    /// <summary>Valid JSON of the wrong shape or types.</summary>
    WrongShape,

    /// <summary>A 200 with no body and no content type.</summary>
    EmptyOk,

    /// <summary>A proxy's HTML 502 page, on every attempt.</summary>
    Html502,

    /// <summary>A chunked body of 64 MiB, far over <c>MaxResponseBytes</c>.</summary>
    HugeChunked,

    /// <summary>A body that declares 64 MiB up front.</summary>
    HugeDeclared,

    /// <summary>Headers that never come.</summary>
    Stall,

    /// <summary>Headers, then a body that drips one byte every 20 ms.</summary>
    Drip,

    /// <summary>The connection is reset before any answer.</summary>
    Reset,

    /// <summary>Headers and half the body, then the connection is reset.</summary>
    ResetMidBody,

    /// <summary>429 with <c>Retry-After: 0</c> once, then the valid answer.</summary>
    RetryAfterZeroSeconds,

    /// <summary>429 with <c>Retry-After: 120</c>, longer than the client's <c>MaxDelay</c>.</summary>
    RetryAfterLongSeconds,

    /// <summary>429 with <c>Retry-After</c> as an HTTP date already past, once, then the valid answer.</summary>
    RetryAfterPastDate,

    /// <summary>429 with <c>Retry-After</c> as an HTTP date an hour ahead.</summary>
    RetryAfterFutureDate,

    /// <summary>503 on the first two attempts, then the valid answer.</summary>
    Unavailable503Twice,

    /// <summary>503 on every attempt.</summary>
    Unavailable503Always,

    /// <summary>302 to a hop that redirects back to the first hop.</summary>
    RedirectLoop,

    /// <summary>A chain of ten same-origin redirects, more than <c>MaxRedirects</c>.</summary>
    RedirectChain,

    /// <summary>A redirect to another origin (a second server that records any request carrying the key).</summary>
    RedirectOtherOrigin,

    /// <summary>A list page whose <c>next</c> link points at another origin.</summary>
    NextOtherOrigin,
}
