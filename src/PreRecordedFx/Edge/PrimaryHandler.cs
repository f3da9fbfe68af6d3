namespace PreRecordedFx;

/// <summary>The socket-level transport: redirects off (the edge follows them itself), pooled connections recycled for DNS changes.</summary>
internal static class PrimaryHandler
{
    public static HttpMessageHandler Create() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
