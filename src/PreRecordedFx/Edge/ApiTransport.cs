using System.Runtime.ExceptionServices;
using Refit;

namespace PreRecordedFx;

/// <summary>Sends a core <see cref="ApiRequest"/> through the Refit interface.</summary>
internal static class ApiTransport
{
    public static async Task<HttpResponseMessage> SendAsync(IGladiaApi api, ApiRequest request, CancellationToken cancellationToken)
    {
        // Refit's route template already starts with '/', so the core's leading slash is dropped.
        var path = request.Path.TrimStart('/');
        try
        {
            return request.Method == RequestMethod.Delete
                ? await api.DeleteAsync(path, cancellationToken).ConfigureAwait(false)
                : await api.GetAsync(path, request.Query, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException wrapper) when (wrapper.InnerException is { } inner)
        {
            // Refit 16 wraps a failed send; the edge classifies the transport's own exception.
            ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }
}
