namespace PreRecordedFx.Benchmarks.Fixtures;

/// <summary>The two clients a client benchmark compares, on the same transport, so only the code above it differs.</summary>
public static class BenchClients
{
    /// <summary>An origin no request leaves memory for.</summary>
    public static readonly Uri BaseUrl = new("https://api.gladia.bench/");

    /// <summary>The key both clients send.</summary>
    public const string ApiKey = "bench-key";

    /// <summary>Our client with its default settings (retry, redirects, logging, key handlers) over <paramref name="transport"/>.</summary>
    public static GladiaClient Library(HttpMessageHandler transport) =>
        new(new GladiaClientOptions { ApiKey = ApiKey, BaseUrl = BaseUrl }, transport);

    /// <summary>What a hand-written client would use: a plain <see cref="HttpClient"/> sending the key.</summary>
    public static HttpClient Raw(HttpMessageHandler transport)
    {
        var http = new HttpClient(transport, disposeHandler: false) { BaseAddress = BaseUrl };
        http.DefaultRequestHeaders.TryAddWithoutValidation("x-gladia-key", ApiKey);
        return http;
    }
}
