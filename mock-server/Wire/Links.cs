using System.Diagnostics.CodeAnalysis;

namespace PreRecordedFx.MockServer.Wire;

/// <summary>Absolute links on the host the request came to, so pages and redirects never point at api.gladia.io.</summary>
internal static class Links
{
    public static string Origin(HttpRequest request)
    {
        var host = request.Host.HasValue ? request.Host.ToUriComponent() : "localhost";
        return request.Scheme + "://" + host + request.PathBase.ToUriComponent();
    }

    /// <summary>Whether the text is an absolute http:// or https:// URL, as Gladia's URL fields (and the mock's) require.</summary>
    public static bool TryHttp(string? text, [NotNullWhen(true)] out Uri? url)
    {
        url = null;
        return Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }
}
