using System.Runtime.ExceptionServices;
using Refit;

namespace PreRecordedFx;

/// <summary>Sends a core <see cref="ApiRequest"/> through the Refit interface.</summary>
internal static class ApiTransport
{
    /// <param name="api">The Refit client.</param>
    /// <param name="request">The core's request.</param>
    /// <param name="range">A <c>Range</c> header value for a GET (a resumed download), or <c>null</c>.</param>
    /// <param name="upload">An upload's body for a POST without a JSON body, or <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the send.</param>
    public static async Task<HttpResponseMessage> SendAsync(IGladiaApi api, ApiRequest request, string? range, Upload? upload, CancellationToken cancellationToken)
    {
        // Refit's route template already starts with '/', so the core's leading slash is dropped.
        var path = request.Path.TrimStart('/');
        try
        {
            if (request.Method == RequestMethod.Post)
            {
                // A POST is an upload or a creation, whose body the core has written.
                using var content = upload?.Content() ?? new StringContent(request.JsonBody!, System.Text.Encoding.UTF8, "application/json");
                return await api.PostAsync(path, content, upload?.Replayable ?? true, cancellationToken).ConfigureAwait(false);
            }

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
