namespace PreRecordedFx;

/// <summary>The HTTP methods the jobs API uses.</summary>
public enum RequestMethod
{
    /// <summary>GET.</summary>
    Get,

    /// <summary>DELETE.</summary>
    Delete,

    /// <summary>POST: an upload or a job's creation, never retried blindly.</summary>
    Post,
}

/// <summary>A query parameter, before encoding.</summary>
/// <param name="Name">The key, e.g. <c>status</c> or <c>custom_metadata[user]</c>.</param>
/// <param name="Value">The value.</param>
public sealed record QueryParameter(string Name, string Value);

/// <summary>
/// A request as plain data: what to send, relative to the API's base URL. Built by <see cref="Requests"/>,
/// which has already checked every argument; sent by the client's edge.
/// </summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path from the API root, already percent-encoded, e.g. <c>/v2/pre-recorded/abc</c>.</param>
/// <param name="Query">The query parameters, in order, not yet encoded.</param>
public sealed record ApiRequest(RequestMethod Method, string Path, IReadOnlyList<QueryParameter> Query)
{
    /// <summary>The JSON body of a POST that has one (a job's creation), else <c>null</c>. An upload's body is the file, streamed by the edge.</summary>
    public string? JsonBody { get; init; }

    /// <summary>
    /// Whether this request creates a job: once it may have reached the server it is never sent again, and an answer
    /// lost after sending is a <see cref="PreRecordedError.CreationUnconfirmed"/>, not a transport failure.
    /// </summary>
    public bool CreatesJob { get; init; }

    /// <summary>The path and the percent-encoded query, e.g. <c>/v2/pre-recorded?offset=0&amp;limit=20</c>.</summary>
    public string PathAndQuery => Query.Count == 0 ? Path : QueryEncoder.Encode(Path, Query);

    /// <summary>The percent-encoded query without the leading <c>?</c>; spaces as <c>%20</c>.</summary>
    public string QueryString => Query.Count == 0 ? string.Empty : QueryEncoder.Encode(null, Query);

    /// <summary>The absolute URL of this request under a base URL (whose path, if any, is kept as a prefix).</summary>
    /// <param name="baseUrl">The API's base URL, e.g. <c>https://api.gladia.io</c>.</param>
    /// <returns>The absolute URL.</returns>
    public Uri ToUri(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new Uri(Origins.ApiRoot(baseUrl) + PathAndQuery, UriKind.Absolute);
    }
}
