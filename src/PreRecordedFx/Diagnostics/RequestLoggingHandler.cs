using Microsoft.Extensions.Logging;

namespace PreRecordedFx;

/// <summary>
/// Logs each HTTP attempt and redirect hop: method, target, status, duration. It sits outside
/// <see cref="ApiKeyHandler"/>, so it never sees the key, and it logs no headers. For another origin, and for any
/// redirect hop (signed storage, even on the same origin), only the path is logged: a signed URL's query is a credential.
/// </summary>
internal sealed class RequestLoggingHandler : DelegatingHandler
{
    private readonly ILogger logger;
    private readonly Uri baseUrl;
    private readonly TimeProvider time;

    public RequestLoggingHandler(ILogger logger, Uri baseUrl, TimeProvider time)
    {
        this.logger = logger;
        this.baseUrl = baseUrl;
        this.time = time;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var target = Target(request);
                var elapsed = Elapsed(started);
                Log.Answered(logger, request.Method.Method, target, (int)response.StatusCode, elapsed);
            }

            return response;
        }
        catch (Exception e) when (LogFailure(request, started, e))
        {
            throw; // unreachable: the filter logs and declines
        }
    }

    internal static string Target(Uri? uri, Uri baseUrl, bool hop = false) =>
        uri is not { IsAbsoluteUri: true } ? "(none)"
        : !Origins.SameOrigin(uri, baseUrl) ? uri.GetLeftPart(UriPartial.Path)
        : hop ? uri.AbsolutePath
        : uri.PathAndQuery;

    private string Target(HttpRequestMessage request) =>
        Target(request.RequestUri, baseUrl, request.Options.TryGetValue(RedirectHandler.Hop, out var hop) && hop);

    private double Elapsed(long started) => time.GetElapsedTime(started).TotalMilliseconds;

    private bool LogFailure(HttpRequestMessage request, long started, Exception e)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            var target = Target(request);
            var elapsed = Elapsed(started);
            // No exception message: free text from the network stack could echo anything, the key included.
            var reason = e is HttpRequestException http ? $"{e.GetType().Name} ({http.HttpRequestError})" : e.GetType().Name;
            Log.Failed(logger, request.Method.Method, target, elapsed, reason);
        }

        return false;
    }
}
