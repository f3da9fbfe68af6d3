namespace PreRecordedFx;

/// <summary>Origin rules: the API key and pagination links stay on the configured origin.</summary>
public static class Origins
{
    /// <summary>Whether two absolute URLs share scheme, host and port (the web's notion of origin).</summary>
    /// <param name="a">One URL.</param>
    /// <param name="b">The other.</param>
    /// <returns><c>true</c> when a credential for one may be sent to the other.</returns>
    public static bool SameOrigin(Uri a, Uri b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.IsAbsoluteUri && b.IsAbsoluteUri
            && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
            && a.Port == b.Port;
    }

    /// <summary>The base URL without a trailing slash, e.g. <c>https://host/prefix</c>; request paths go after it.</summary>
    /// <param name="baseUrl">An absolute base URL.</param>
    /// <returns>The root to prefix paths with.</returns>
    internal static string ApiRoot(Uri baseUrl) => baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
}
