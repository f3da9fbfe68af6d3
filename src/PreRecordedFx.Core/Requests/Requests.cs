using System.Diagnostics.Contracts;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Pure builders for the calls. Each checks its arguments and returns the request as data, or the
/// reason it cannot be sent; nothing here does I/O.
/// </summary>
/// <example><code>
/// Requests.ListJobs(JobQuery.Default.WithStatus(JobStatus.Done))
///     .Match(Right: r => r.PathAndQuery, Left: e => e.Message);
/// // "/v2/pre-recorded?offset=0&amp;limit=20&amp;status=done"
/// </code></example>
public static class Requests
{
    /// <summary>The path of the jobs collection, from the API root.</summary>
    public const string JobsPath = "/v2/pre-recorded";

    /// <summary>The path of the live sessions collection, from the API root.</summary>
    public const string LivePath = "/v2/live";

    /// <summary>The path of the upload endpoint, from the API root.</summary>
    public const string UploadPath = "/v2/upload";

    /// <summary><c>GET /v2/pre-recorded/:id</c>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="kind">The job's collection: <c>/v2/pre-recorded</c> (the default) or <c>/v2/live</c>.</param>
    /// <returns>The request, or why the id is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> GetJob(string jobId, JobKind kind = JobKind.PreRecorded) =>
        JobIds.Validate(jobId).Map(id => new ApiRequest(RequestMethod.Get, JobPath(kind, id), []));

    /// <summary><c>GET /v2/pre-recorded/:id/file</c>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="kind">The job's collection: <c>/v2/pre-recorded</c> (the default) or <c>/v2/live</c>.</param>
    /// <returns>The request, or why the id is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> GetFile(string jobId, JobKind kind = JobKind.PreRecorded) =>
        JobIds.Validate(jobId).Map(id => new ApiRequest(RequestMethod.Get, JobPath(kind, id) + "/file", []));

    /// <summary><c>DELETE /v2/pre-recorded/:id</c>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="kind">The job's collection: <c>/v2/pre-recorded</c> (the default) or <c>/v2/live</c>.</param>
    /// <returns>The request, or why the id is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> DeleteJob(string jobId, JobKind kind = JobKind.PreRecorded) =>
        JobIds.Validate(jobId).Map(id => new ApiRequest(RequestMethod.Delete, JobPath(kind, id), []));

    /// <summary><c>GET /v2/pre-recorded?…</c>, encoded as Gladia's SDK sends it.</summary>
    /// <param name="query">Paging and filters.</param>
    /// <param name="kind">The collection: <c>/v2/pre-recorded</c> (the default) or <c>/v2/live</c>, with the same filters.</param>
    /// <returns>The request, or the first argument that is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> ListJobs(JobQuery query, JobKind kind = JobKind.PreRecorded) =>
        ListQuery.Problem(query) is { } problem
            ? problem
            : new ApiRequest(RequestMethod.Get, CollectionPath(kind), ListQuery.Encode(query));

    /// <summary>
    /// The request for a page's <c>next</c> link. Accepted only when the link is on the configured origin and
    /// the list path, so a link can never send the API key elsewhere.
    /// </summary>
    /// <param name="next">The page's <c>next</c> URL.</param>
    /// <param name="baseUrl">The configured API base URL.</param>
    /// <param name="kind">The collection whose list the link must stay on.</param>
    /// <returns>The request, or <see cref="PreRecordedError.InvalidArgument"/> for <c>next</c>.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> FromNextLink(Uri next, Uri baseUrl, JobKind kind = JobKind.PreRecorded)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!next.IsAbsoluteUri || !Origins.SameOrigin(next, baseUrl))
        {
            return new PreRecordedError.InvalidArgument("next", "the link leaves the configured origin");
        }

        var collection = CollectionPath(kind);
        var listPath = new Uri(Origins.ApiRoot(baseUrl) + collection).AbsolutePath;
        return next.AbsolutePath == listPath
            ? new ApiRequest(RequestMethod.Get, collection, ListQuery.Decode(next.Query))
            : new PreRecordedError.InvalidArgument("next", "the link is not the jobs list");
    }

    /// <summary><c>POST /v2/upload</c>: the edge sends the file as the multipart field <c>audio</c>.</summary>
    /// <returns>The request.</returns>
    [Pure]
    public static ApiRequest Upload() => new(RequestMethod.Post, UploadPath, []);

    /// <summary><c>POST /v2/pre-recorded</c> with Gladia's <c>InitTranscriptionRequest</c> as its JSON body.</summary>
    /// <param name="request">What to transcribe and how.</param>
    /// <returns>
    /// The request, or a <see cref="PreRecordedError.InvalidArgument"/> for <c>request</c> naming every problem found
    /// (e.g. <c>audio_url must be an absolute http(s) URL; translation_config.target_languages must name at least one language</c>).
    /// </returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> CreateJob(TranscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problems = TranscriptionBody.Problems(request);
        return problems.Count > 0
            ? new PreRecordedError.InvalidArgument(nameof(request), string.Join("; ", problems))
            : new ApiRequest(RequestMethod.Post, JobsPath, []) { JsonBody = TranscriptionBody.Write(request), CreatesJob = true };
    }

    /// <summary>The path of a kind's collection, from the API root: <see cref="JobsPath"/> or <see cref="LivePath"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The path.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not one of the two kinds.</exception>
    [Pure]
    public static string CollectionPath(JobKind kind) => kind switch
    {
        JobKind.PreRecorded => JobsPath,
        JobKind.Live => LivePath,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "a job is pre-recorded or live"),
    };

    private static string JobPath(JobKind kind, string validId) => CollectionPath(kind) + "/" + Uri.EscapeDataString(validId);
}
