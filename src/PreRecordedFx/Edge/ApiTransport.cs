namespace PreRecordedFx;

/// <summary>Sends a core <see cref="ApiRequest"/> through the Refit interface.</summary>
internal static class ApiTransport
{
    public static Task<HttpResponseMessage> SendAsync(IGladiaApi api, ApiRequest request, CancellationToken cancellationToken)
    {
        // Refit's route template already starts with '/', so the core's leading slash is dropped.
        var path = request.Path.TrimStart('/');
        return request.Method switch
        {
            RequestMethod.Delete => api.DeleteAsync(path, cancellationToken),
            _ => api.GetAsync(path, request.Query, cancellationToken),
        };
    }
}
