using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Removes the API key from every text an error carries. The key only travels in a header, but a server or a
/// proxy may echo it back in a body, and bodies become error messages and excerpts.
/// </summary>
internal static class SecretScrubber
{
    public const string Mask = "***";

    public static string Scrub(string text, string secret) =>
        secret.Length == 0 ? text : text.Replace(secret, Mask, StringComparison.Ordinal);

    public static PreRecordedError Scrub(PreRecordedError error, string secret) =>
        secret.Length == 0
            ? error
            : error.Match<PreRecordedError>(
                invalidArgument: e => e with { Reason = Scrub(e.Reason, secret) },
                unauthorized: e => e with { Detail = Scrub(e.Detail, secret) },
                notFound: e => e with { Detail = Scrub(e.Detail, secret) },
                notDeletable: e => e with { Detail = Scrub(e.Detail, secret) },
                rateLimited: e => e with { Detail = Scrub(e.Detail, secret) },
                serviceError: e => e with { Detail = Scrub(e.Detail, secret) },
                malformedResponse: e => e with { Reason = Scrub(e.Reason, secret), Excerpt = Scrub(e.Excerpt, secret) },
                transportFailure: e => e with { Reason = Scrub(e.Reason, secret) },
                timeout: e => e,
                destinationFailure: e => e with { Reason = Scrub(e.Reason, secret) });

    private static ServiceDetail Scrub(ServiceDetail detail, string secret) =>
        new(
            Scrub(detail.Message, secret),
            detail.RequestId.Map(id => Scrub(id, secret)),
            detail.CallId.Map(id => Scrub(id, secret)),
            detail.ValidationErrors.Select(reason => Scrub(reason, secret)).ToList());
}
