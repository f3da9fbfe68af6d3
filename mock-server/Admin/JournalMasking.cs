using Microsoft.Extensions.Options;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// What the journals may show of a path or a link: the API key and the admin key (as typed or URL-escaped) masked
/// wherever they appear, and a link's query and user info never shown (a signature or a token lives there).
/// </summary>
internal sealed class JournalMasking(IOptions<MockServerOptions> options)
{
    public const string Mask = "***";

    // Each key as typed and URL-escaped, worked out once: the request journal runs this on every request.
    private readonly string[] secrets =
    [
        .. new[] { options.Value.ApiKey, options.Value.AdminKey }
            .OfType<string>()
            .Where(secret => secret.Length > 0)
            .SelectMany(secret => new[] { secret, Uri.EscapeDataString(secret) })
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The text with every key masked.</summary>
    public string Secrets(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>The link's scheme, host, port and path (keys masked), and <c>?***</c> in place of any query.</summary>
    public string Link(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);
        return Secrets(shown) + (url.Query.Length > 1 ? "?" + Mask : "");
    }
}
