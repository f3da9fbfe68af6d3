using System.Text;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A job collection with its whole jobs typed: <see cref="PreRecordedJobs"/> (<see cref="Job"/>) or
/// <see cref="LiveSessions"/> (<see cref="LiveSession"/>). Adds to <see cref="JobsApi"/> the calls that read whole jobs:
/// get, list and walk, and wait. Code that needs whole jobs of both kinds can be generic over it; most code that
/// serves both needs only envelopes, and takes a <see cref="JobsApi"/>.
/// </summary>
/// <typeparam name="TJob">The collection's whole job: <see cref="Job"/> or <see cref="LiveSession"/>.</typeparam>
/// <typeparam name="TPage">A page of whole jobs: <see cref="JobPage"/> or <see cref="LiveSessionPage"/>.</typeparam>
/// <example><code>
/// var job = await client.PreRecorded().GetAsync(jobId);
/// Console.WriteLine(job.Match(Right: j => j.Status.Value, Left: e => e.Message));
/// </code></example>
public abstract partial class JobsApi<TJob, TPage> : JobsApi
    where TJob : class, IJobEnvelope
    where TPage : ListPage<TJob>
{
    private readonly Func<HttpExchange, Either<PreRecordedError, TJob>> parseJob;
    private readonly Func<HttpExchange, Either<PreRecordedError, TPage>> parsePage;

    /// <summary>For mocking frameworks only: the instance it makes has no connection.</summary>
    private protected JobsApi(string name, JobKind kind)
        : base(name, kind)
    {
        parseJob = null!;
        parsePage = null!;
    }

    private protected JobsApi(
        string name,
        JobKind kind,
        OperationRunner runner,
        GladiaClientOptions options,
        Func<HttpExchange, Either<PreRecordedError, TJob>> parseJob,
        Func<HttpExchange, Either<PreRecordedError, TPage>> parsePage)
        : base(name, kind, runner, options)
    {
        this.parseJob = parseJob;
        this.parsePage = parsePage;
    }

    /// <summary>Gets one job (<c>GET /v2/pre-recorded/:id</c> or <c>/v2/live/:id</c>): its status, and its result once done.</summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call; it then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The job, or why not (e.g. <see cref="PreRecordedError.NotFound"/>).</returns>
    public virtual Task<Either<PreRecordedError, TJob>> GetAsync(string jobId, CancellationToken cancellationToken = default) =>
        runner.RunAsync("get", options.GetTimeout, Requests.GetJob(jobId, Kind), ReadJson(parseJob), cancellationToken);

    /// <summary>
    /// Gets one job as the API returned it: the JSON text verbatim, members this library does not know included (for a
    /// tool that passes the job on, e.g. <c>gladia-jobs get --json</c>). The text is checked to be a job first.
    /// </summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="cancellationToken">Cancels the call; it then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The job's JSON, or why not, exactly as <see cref="GetAsync"/> would fail.</returns>
    public virtual Task<Either<PreRecordedError, string>> GetJsonAsync(string jobId, CancellationToken cancellationToken = default) =>
        runner.RunAsync("get", options.GetTimeout, Requests.GetJob(jobId, Kind), ReadJson(exchange => parseJob(exchange).Map(_ => Encoding.UTF8.GetString(exchange.Body.Span))), cancellationToken);

    /// <summary>Gets one page of jobs (<c>GET /v2/pre-recorded</c> or <c>/v2/live</c>), newest first.</summary>
    /// <param name="query">Paging and filters, e.g. <c>JobQuery.Default.WithStatus(JobStatus.Done)</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, or why not (an invalid query is rejected before anything is sent).</returns>
    public virtual Task<Either<PreRecordedError, TPage>> ListAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        // Stryker disable once Statement: without it Requests.ListJobs throws the same ArgumentNullException, a step later.
        ArgumentNullException.ThrowIfNull(query);
        return runner.RunAsync("list", options.ListTimeout, Requests.ListJobs(query, Kind), ReadJson(parsePage), cancellationToken);
    }

    /// <summary>
    /// Gets the page after <paramref name="page"/> by following its <c>next</c> link, which must stay on the
    /// configured origin and the list path (else a <see cref="PreRecordedError.InvalidArgument"/>, and nothing is sent).
    /// </summary>
    /// <param name="page">A page from <see cref="ListAsync"/> or from this method.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next page, <c>None</c> after the last page, or why not.</returns>
    public virtual Task<Either<PreRecordedError, Option<TPage>>> NextPageAsync(TPage page, CancellationToken cancellationToken = default) =>
        NextAsync<TPage, TJob>(page, parsePage, cancellationToken);

    /// <summary>
    /// Every job matching <paramref name="query"/>, fetched lazily one page at a time as you enumerate. A failure is
    /// yielded once as a <c>Left</c> and ends the sequence; stopping early fetches nothing more. When you read only
    /// ids, statuses, dates or metadata, <see cref="JobsApi.ListAllEnvelopesAsync"/> walks faster and lighter.
    /// </summary>
    /// <param name="query">Filters and the first page's offset and size.</param>
    /// <param name="cancellationToken">Cancels the enumeration (also honoured via <c>WithCancellation</c>).</param>
    /// <returns>The jobs, then at most one error.</returns>
    /// <example><code>
    /// await foreach (var item in jobs.ListAllAsync(JobQuery.Default.WithStatus(JobStatus.Done)))
    /// {
    ///     item.Match(Right: job => Console.WriteLine(job.Id), Left: error => Console.WriteLine(error.Message));
    /// }
    /// </code></example>
    public virtual IAsyncEnumerable<Either<PreRecordedError, TJob>> ListAllAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return WalkAsync<TPage, TJob>(token => ListAsync(query, token), parsePage, cancellationToken);
    }
}
