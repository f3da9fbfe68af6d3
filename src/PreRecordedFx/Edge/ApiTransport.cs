using System.Runtime.ExceptionServices;
using Refit;

namespace PreRecordedFx;

/// <summary>Sends a core <see cref="ApiRequest"/> through the Refit interface.</summary>
internal static class ApiTransport
{
    /// <param name="api">The Refit client.</param>
    /// <param name="request">The core's request.</param>
    /// <param name="range">A <c>Range</c> header value for a GET (a resumed download), or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public static async Task<HttpResponseMessage> SendAsync(IGladiaApi api, ApiRequest request, string? range, CancellationToken cancellationToken)
    {
        // Refit's route template already starts with '/', so the core's leading slash is dropped.
        var path = request.Path.TrimStart('/');
        try
        {
            return request.Method == RequestMethod.Delete ? await api.DeleteAsync(path, cancellationToken).ConfigureAwait(false)
                : range is null ? await api.GetAsync(path, request.Query, cancellationToken).ConfigureAwait(false)
                : await api.GetRangeAsync(path, request.Query, range, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException wrapper) when (wrapper.InnerException is { } inner)
        {
            // Refit 16 wraps a failed send; the edge classifies the transport's own exception.
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }
}
