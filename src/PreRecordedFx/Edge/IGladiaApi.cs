using Refit;

namespace PreRecordedFx;

/// <summary>
/// The jobs API as Refit sees it: three verbs over paths the pure core has already built and escaped.
/// Every call returns the raw <see cref="HttpResponseMessage"/> (headers read, body not yet), so an HTTP failure
/// is data for the core's parsers, never a Refit exception, and a file body can be streamed.
/// </summary>
/// <remarks>
/// Why not one Refit method per endpoint with typed query parameters: <see cref="ApiRequest"/> is the single
/// source of truth for paths and for the list query (a repeated <c>status</c> key, <c>custom_metadata[k]</c> bracket
/// keys), which Refit's own query formatting cannot express. So the path goes through a round-tripping
/// <c>{**path}</c> segment marked <see cref="EncodedAttribute"/> (verbatim: the core escaped it), and the query
/// through <see cref="CoreQueryConverter"/>, which writes the core's pairs in order and lets Refit escape them with
/// <see cref="Uri.EscapeDataString(string)"/>, exactly as <see cref="ApiRequest.QueryString"/> does (a test checks
/// the sent URL equals <see cref="ApiRequest.ToUri(Uri)"/>).
/// </remarks>
internal interface IGladiaApi
{
    /// <summary>Sends a GET; Refit completes as soon as the response headers are read.</summary>
    /// <param name="path">The core's escaped path without its leading slash, e.g. <c>v2/pre-recorded/abc</c>.</param>
    /// <param name="query">The core's query parameters, in order, unescaped.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response; the caller disposes it.</returns>
    [Get("/{**path}")]
    Task<HttpResponseMessage> GetAsync(
        [Encoded] string path,
        [Query][QueryConverter(typeof(CoreQueryConverter))] IReadOnlyList<QueryParameter> query,
        CancellationToken cancellationToken);

    /// <summary>Sends a GET for part of a file: the bytes from an offset on (<c>Range: bytes=N-</c>).</summary>
    /// <param name="path">The core's escaped path without its leading slash.</param>
    /// <param name="query">The core's query parameters, in order, unescaped.</param>
    /// <param name="range">The <c>Range</c> header's value, e.g. <c>bytes=1024-</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response; the caller disposes it.</returns>
    [Get("/{**path}")]
    Task<HttpResponseMessage> GetRangeAsync(
        [Encoded] string path,
        [Query][QueryConverter(typeof(CoreQueryConverter))] IReadOnlyList<QueryParameter> query,
        [Header("Range")] string range,
        CancellationToken cancellationToken);

    /// <summary>Sends a DELETE.</summary>
    /// <param name="path">The core's escaped path without its leading slash.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response; the caller disposes it.</returns>
    [Delete("/{**path}")]
    Task<HttpResponseMessage> DeleteAsync([Encoded] string path, CancellationToken cancellationToken);

    /// <summary>Sends a POST with a body built by the edge (a job's JSON, or an upload's multipart form).</summary>
    /// <param name="path">The core's escaped path without its leading slash.</param>
    /// <param name="content">The body, sent as is.</param>
    /// <param name="replayable">Whether the body can be sent again (see <see cref="RetryPolicy.Replayable"/>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The response; the caller disposes it.</returns>
    [Post("/{**path}")]
    Task<HttpResponseMessage> PostAsync(
        [Encoded] string path,
        [Body] HttpContent content,
        [Property(RetryPolicy.Replayable)] bool replayable,
        CancellationToken cancellationToken);
}
