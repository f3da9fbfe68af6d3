namespace PreRecordedFx.MockServer.Wire;

/// <summary>Absolute links on the host the request came to, so pages and redirects never point at api.gladia.io.</summary>
internal static class Links
{
    public static string Origin(HttpRequest request)
    {
        var host = request.Host.HasValue ? request.Host.ToUriComponent() : "localhost";
        return request.Scheme + "://" + host + request.PathBase.ToUriComponent();
    }
}
