using System.Text.RegularExpressions;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Removes secrets from every text an error carries: the API key, and the query of every link (a signed storage
/// link's query, <c>X-Amz-Signature=…</c>, is a credential). The key only travels in a header, but a server or a
/// proxy may echo it back in a body, and bodies become error messages and excerpts; a redirect's page quotes its link.
/// </summary>
internal static partial class SecretScrubber
{
    public const string Mask = "***";

    public static string Scrub(string text, string secret)
    {
        var withoutKey = secret.Length == 0 ? text : text.Replace(secret, Mask, StringComparison.Ordinal);
        return LinkQuery().Replace(withoutKey, "${link}?" + Mask);
    }

    public static PreRecordedError Scrub(PreRecordedError error, string secret)
    {
        var scrubbed = error.Match<PreRecordedError>(
            invalidArgument: e => e with { Reason = Scrub(e.Reason, secret) },
            unauthorized: e => e with { Detail = Scrub(e.Detail, secret) },
            notFound: e => e with { Detail = Scrub(e.Detail, secret) },
            notDeletable: e => e with { Detail = Scrub(e.Detail, secret) },
            rateLimited: e => e with { Detail = Scrub(e.Detail, secret) },
            serviceError: e => e with { Detail = Scrub(e.Detail, secret) },
            malformedResponse: e => e with { Reason = Scrub(e.Reason, secret), Excerpt = Scrub(e.Excerpt, secret) },
            transportFailure: e => e with { Reason = Scrub(e.Reason, secret) },
            timeout: e => e,
            destinationFailure: e => e with { Reason = Scrub(e.Reason, secret) },
            creationUnconfirmed: e => e with { Reason = Scrub(e.Reason, secret) });
        return scrubbed == error ? error : scrubbed;
    }

    private static ServiceDetail Scrub(ServiceDetail detail, string secret) =>
        new(
            Scrub(detail.Message, secret),
            detail.RequestId.Map(id => Scrub(id, secret)),
            detail.CallId.Map(id => Scrub(id, secret)),
            detail.ValidationErrors.Select(reason => Scrub(reason, secret)).ToList());

    // A link up to its '?', then its query up to whatever ends a link in prose, JSON or HTML. An absolute http(s)
    // link loses any query; any other word (a relative link such as "/storage/delete/a?X-Amz-Signature=…" in a
    // redirect page) loses a query that holds a parameter, so a question in prose ("done? yes") stays readable.
    [GeneratedRegex(
        """(?<link>https?://[^\s?#"'<>]+)\?[^\s#"'<>]*|(?<link>[^\s?#"'<>]*)\?(?=[^\s#"'<>]*=)[^\s#"'<>]*""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkQuery();
}
