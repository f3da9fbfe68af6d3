namespace PreRecordedFx;

/// <summary>
/// How idempotent calls are retried on 408, 429, 5xx and transport failures: exponential backoff with jitter, a
/// <c>Retry-After</c> up to <see cref="MaxDelay"/> honoured. The operation's timeout bounds the total.
/// </summary>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay, doubled each retry (with jitter). Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest single wait. A <c>Retry-After</c> asking for more is not waited for: the call returns
    /// <see cref="PreRecordedError.RateLimited"/> carrying it. Default 30 s.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
