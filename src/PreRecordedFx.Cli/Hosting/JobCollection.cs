using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx.Cli;

/// <summary>
/// A job of either kind as the commands show it: <see cref="View"/> for the summary and the transcripts (a live
/// session's envelope, file and result read as a job's), <see cref="Json"/> for the wire form of what was really read.
/// </summary>
/// <param name="View">The job, or the live session seen as one (its kind kept).</param>
/// <param name="Json">The job or session in Gladia's wire format, indented, every member it parsed included.</param>
internal sealed record FoundJob(Job View, string Json)
{
    public string Id => View.Id;

    public string Kind => View.Kind;

    public static FoundJob Of(Job job) => new(job, JobJson.Indented(job));

    public static FoundJob Of(LiveSession session) => new(
        new Job(
            session.Id,
            session.RequestId,
            session.Version,
            session.Status,
            session.CreatedAt,
            session.CompletedAt,
            session.CustomMetadata,
            session.ErrorCode,
            session.PostSessionMetadata,
            session.Kind,
            session.File,
            Option<RequestParams>.None,
            session.Result.Map(result => (JobResult)result)),
        JsonSerializer.Serialize(session, JobJson.Pretty.LiveSession));
}

/// <summary>
/// One of the account's job collections (<see cref="GladiaClient.PreRecorded"/> or <see cref="GladiaClient.Live"/>)
/// as the commands use it, whatever its kind, so each command has one code path: it walks the collections a
/// <see cref="KindChoice"/> names (<see cref="Of"/>), or tries them in turn for one id (<see cref="FirstFoundAsync"/>).
/// The calls that do not depend on the kind are the library's own, on <see cref="Api"/>; only reading a whole job
/// (get, wait) needs the typed collection, and gives a <see cref="FoundJob"/>.
/// </summary>
internal abstract class JobCollection(JobsApi api)
{
    /// <summary>The library's collection, for the calls every kind has alike.</summary>
    public JobsApi Api => api;

    /// <summary>The kind on the wire: <see cref="JobKinds.PreRecorded"/> or <see cref="JobKinds.Live"/>.</summary>
    public string Kind => api.Kind == JobKind.Live ? JobKinds.Live : JobKinds.PreRecorded;

    public abstract Task<Either<PreRecordedError, FoundJob>> GetAsync(string jobId, CancellationToken cancellationToken);

    public abstract Task<Either<PreRecordedError, string>> GetJsonAsync(string jobId, CancellationToken cancellationToken);

    public abstract Task<Either<PreRecordedError, FoundJob>> WaitUntilFinishedAsync(string jobId, WaitOptions options, CancellationToken cancellationToken);

    public override string ToString() => Kind;

    /// <summary>The collections <paramref name="choice"/> names, pre-recorded first.</summary>
    public static IReadOnlyList<JobCollection> Of(GladiaClient client, KindChoice choice) => choice switch
    {
        KindChoice.PreRecorded => [PreRecorded(client)],
        KindChoice.Live => [Live(client)],
        _ => [PreRecorded(client), Live(client)],
    };

    /// <summary>
    /// <paramref name="call"/> on each collection in turn until one answers other than not-found (404, or an id it does
    /// not know): that answer and its collection. When every one says not-found, the first's answer.
    /// </summary>
    public static async Task<(JobCollection Collection, Either<PreRecordedError, T> Result)> FirstFoundAsync<T>(
        IReadOnlyList<JobCollection> collections, Func<JobCollection, Task<Either<PreRecordedError, T>>> call)
    {
        (JobCollection, Either<PreRecordedError, T>)? first = null;
        foreach (var collection in collections)
        {
            var result = await call(collection).ConfigureAwait(false);
            if (result.Case is not PreRecordedError.NotFound)
            {
                return (collection, result);
            }

            first ??= (collection, result);
        }

        return first ?? throw new ArgumentException("no collection to ask", nameof(collections));
    }

    private static JobCollection<Job, JobPage> PreRecorded(GladiaClient client) => new(client.PreRecorded(), FoundJob.Of);

    private static JobCollection<LiveSession, LiveSessionPage> Live(GladiaClient client) => new(client.Live(), FoundJob.Of);
}

/// <summary>A <see cref="JobCollection"/> over the library's typed <see cref="JobsApi{TJob, TPage}"/> of one kind: its whole jobs.</summary>
internal sealed class JobCollection<TJob, TPage>(JobsApi<TJob, TPage> api, Func<TJob, FoundJob> show) : JobCollection(api)
    where TJob : class, IJobEnvelope
    where TPage : ListPage<TJob>
{
    public override async Task<Either<PreRecordedError, FoundJob>> GetAsync(string jobId, CancellationToken cancellationToken) =>
        (await api.GetAsync(jobId, cancellationToken).ConfigureAwait(false)).Map(show);

    public override Task<Either<PreRecordedError, string>> GetJsonAsync(string jobId, CancellationToken cancellationToken) =>
        api.GetJsonAsync(jobId, cancellationToken);

    public override async Task<Either<PreRecordedError, FoundJob>> WaitUntilFinishedAsync(string jobId, WaitOptions options, CancellationToken cancellationToken) =>
        (await api.WaitUntilFinishedAsync(jobId, options, cancellationToken).ConfigureAwait(false)).Map(show);
}
