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

    /// <summary>The path of the upload endpoint, from the API root.</summary>
    public const string UploadPath = "/v2/upload";

    /// <summary><c>GET /v2/pre-recorded/:id</c>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <returns>The request, or why the id is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> GetJob(string jobId) =>
        JobIds.Validate(jobId).Map(id => new ApiRequest(RequestMethod.Get, JobPath(id), []));

    /// <summary><c>GET /v2/pre-recorded/:id/file</c>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <returns>The request, or why the id is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> GetFile(string jobId) =>
        JobIds.Validate(jobId).Map(id => new ApiRequest(RequestMethod.Get, JobPath(id) + "/file", []));

    /// <summary><c>DELETE /v2/pre-recorded/:id</c>.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <returns>The request, or why the id is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> DeleteJob(string jobId) =>
        JobIds.Validate(jobId).Map(id => new ApiRequest(RequestMethod.Delete, JobPath(id), []));

    /// <summary><c>GET /v2/pre-recorded?…</c>, encoded as Gladia's SDK sends it.</summary>
    /// <param name="query">Paging and filters.</param>
    /// <returns>The request, or the first argument that is rejected.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> ListJobs(JobQuery query) =>
        ListQuery.Problem(query) is { } problem
            ? problem
            : new ApiRequest(RequestMethod.Get, JobsPath, ListQuery.Encode(query));

    /// <summary>
    /// The request for a page's <c>next</c> link. Accepted only when the link is on the configured origin and
    /// the list path, so a link can never send the API key elsewhere.
    /// </summary>
    /// <param name="next">The page's <c>next</c> URL.</param>
    /// <param name="baseUrl">The configured API base URL.</param>
    /// <returns>The request, or <see cref="PreRecordedError.InvalidArgument"/> for <c>next</c>.</returns>
    [Pure]
    public static Either<PreRecordedError, ApiRequest> FromNextLink(Uri next, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!next.IsAbsoluteUri || !Origins.SameOrigin(next, baseUrl))
        {
            return new PreRecordedError.InvalidArgument("next", "the link leaves the configured origin");
        }

        var listPath = new Uri(Origins.ApiRoot(baseUrl) + JobsPath).AbsolutePath;
        return next.AbsolutePath == listPath
            ? new ApiRequest(RequestMethod.Get, JobsPath, ListQuery.Decode(next.Query))
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

    private static string JobPath(string validId) => JobsPath + "/" + Uri.EscapeDataString(validId);
}
