using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;

namespace PreRecordedFx;

/// <summary>
/// The client's handlers, outermost first: retry (around everything, so a failed storage hop retries from the API),
/// redirects, logging (each attempt and hop), the key (innermost, judging each hop's own URL), then the transport.
/// Dependency injection adds the same handlers in the same order (see <c>ServiceCollectionExtensions</c>).
/// </summary>
internal static class HandlerChain
{
    public static HttpMessageHandler Build(GladiaClientOptions options, HttpMessageHandler transport, ILogger logger, TimeProvider time)
    {
        HttpMessageHandler chain = transport;
        foreach (var handler in Handlers(options, logger, time).Reverse())
        {
            handler.InnerHandler = chain;
            chain = handler;
        }

        return chain;
    }

    /// <summary>The delegating handlers, outermost first.</summary>
    public static IEnumerable<DelegatingHandler> Handlers(GladiaClientOptions options, ILogger logger, TimeProvider time)
    {
        yield return new ResilienceHandler(RetryPolicy.Build(options.Retry, time));
        yield return new RedirectHandler(options.MaxRedirects);
        yield return new RequestLoggingHandler(logger, options.BaseUrl, time);
        yield return new ApiKeyHandler(options.BaseUrl, options.ApiKey!, options.VersionHeader);
    }
}
