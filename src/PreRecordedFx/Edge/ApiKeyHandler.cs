namespace PreRecordedFx;

/// <summary>
/// Adds <c>x-gladia-key</c> only to requests for the configured origin, and removes it from any other, so a
/// redirect to signed storage (or any other host) never carries the key. <c>x-gladia-version</c> goes everywhere.
/// It sits innermost, after the redirect handler, so it judges every hop by its own URL.
/// </summary>
internal sealed class ApiKeyHandler : DelegatingHandler
{
    private readonly Uri baseUrl;
    private readonly string apiKey;
    private readonly string version;

    public ApiKeyHandler(Uri baseUrl, string apiKey, string version)
    {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.version = version;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        // Removed first: a retried request passes here again, and a copied request must not keep a key.
        request.Headers.Remove(GladiaHeaders.ApiKey);
        if (request.RequestUri is { IsAbsoluteUri: true } target && Origins.SameOrigin(target, baseUrl))
        {
            request.Headers.TryAddWithoutValidation(GladiaHeaders.ApiKey, apiKey);
        }

        request.Headers.Remove(GladiaHeaders.Version);
        request.Headers.TryAddWithoutValidation(GladiaHeaders.Version, version);
        return base.SendAsync(request, cancellationToken);
    }
}
