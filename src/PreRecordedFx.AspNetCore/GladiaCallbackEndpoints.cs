using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PreRecordedFx.AspNetCore;

/// <summary>Maps the endpoint Gladia calls back: <see cref="MapGladiaCallbacks"/>.</summary>
public static class GladiaCallbackEndpoints
{
    /// <summary>
    /// Maps <paramref name="pattern"/> for <c>POST</c> and <c>PUT</c> (the methods <c>callback_config</c> offers):
    /// each request's body is parsed with <see cref="GladiaEvents.Parse"/> and the typed event handed to
    /// <paramref name="handler"/>. The answer is 200 once the handler has finished (unless it wrote its own), 400
    /// with the parse error for a malformed body, 413 past <see cref="GladiaCallbackOptions.MaxBodyBytes"/>, 401
    /// without the <see cref="GladiaCallbackOptions.SecretToken"/> when one is set, and 500 when the handler
    /// threw. Bodies, queries and tokens are never logged.
    /// </summary>
    /// <param name="endpoints">The application or a route group.</param>
    /// <param name="pattern">The route, e.g. <c>/gladia/events</c>.</param>
    /// <param name="handler">
    /// What to do with an event; the context gives the request's services and its abort token
    /// (<see cref="HttpContext.RequestAborted"/>).
    /// </param>
    /// <param name="options">The body limit and the secret token; the defaults when <c>null</c>. Read once, here.</param>
    /// <returns>The endpoint's builder, to add conventions (a host, a rate limit, a name).</returns>
    /// <exception cref="ArgumentException">An option is out of range: a limit under 1, an empty token or parameter name.</exception>
    /// <example><code>
    /// app.MapGladiaCallbacks("/gladia/events", async (gladiaEvent, context) =>
    /// {
    ///     if (gladiaEvent is GladiaEvent.JobSucceeded done)
    ///     {
    ///         await store.SaveAsync(done.JobId, done.Result, context.RequestAborted);
    ///     }
    /// }, new GladiaCallbackOptions { SecretToken = builder.Configuration["Gladia:CallbackToken"] });
    /// </code></example>
    public static IEndpointConventionBuilder MapGladiaCallbacks(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        Func<GladiaEvent, HttpContext, Task> handler,
        GladiaCallbackOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(handler);
        options ??= new GladiaCallbackOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBodyBytes, 1, nameof(options));
        if (options.SecretToken is { Length: 0 })
        {
            throw new ArgumentException("The secret token is empty: set a long random value, or null for none.", nameof(options));
        }

        ArgumentException.ThrowIfNullOrEmpty(options.SecretTokenParameter, nameof(options));
        var receiver = new GladiaCallbackReceiver(handler, options.MaxBodyBytes, options.SecretToken, options.SecretTokenParameter);
        return endpoints.MapMethods(pattern, [HttpMethods.Post, HttpMethods.Put], receiver.HandleAsync)
            .WithDisplayName("Gladia callbacks");
    }
}
