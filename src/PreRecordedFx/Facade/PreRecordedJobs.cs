namespace PreRecordedFx;

/// <summary>
/// Gladia's pre-recorded jobs (<c>/v2/pre-recorded</c>): the calls every job collection has (get, list, walk, download,
/// delete, bulk delete, wait; see <see cref="JobsApi{TJob, TPage}"/>), and upload, create and transcribe. Get
/// one from <see cref="GladiaClient.PreRecorded"/>. Every member is virtual so tests can fake it.
/// </summary>
/// <example><code>
/// var job = await client.PreRecorded().GetAsync(jobId);
/// Console.WriteLine(job.Match(Right: j => j.Status.Value, Left: e => e.Message));
/// </code></example>
public partial class PreRecordedJobs : JobsApi<Job, JobPage>
{
    /// <summary>For mocking frameworks only: the instance it makes has no connection.</summary>
    protected PreRecordedJobs()
        : base(nameof(PreRecordedJobs), JobKind.PreRecorded)
    {
    }

    internal PreRecordedJobs(OperationRunner runner, GladiaClientOptions options)
        : base(nameof(PreRecordedJobs), JobKind.PreRecorded, runner, options, Responses.ParseJob, Responses.ParsePage)
    {
    }
}
