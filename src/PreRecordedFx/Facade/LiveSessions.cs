namespace PreRecordedFx;

/// <summary>
/// Gladia's live sessions (<c>/v2/live</c>), managed as pre-recorded jobs are: get, list, walk, download, delete,
/// bulk delete and wait (see <see cref="JobsApi{TJob, TPage}"/>), with the same options, timeouts, retries and
/// errors. Get one from <see cref="GladiaClient.Live"/>. Every member is virtual so tests can fake it.
/// </summary>
/// <example><code>
/// await foreach (var outcome in client.Live().DeleteAllAsync(JobQuery.Default.WithCustomMetadata("userId", "u-42")))
/// {
///     Console.WriteLine(outcome);
/// }
/// </code></example>
public class LiveSessions : JobsApi<LiveSession, LiveSessionPage>
{
    /// <summary>For mocking frameworks only: the instance it makes has no connection.</summary>
    protected LiveSessions()
        : base(nameof(LiveSessions), JobKind.Live)
    {
    }

    internal LiveSessions(OperationRunner runner, GladiaClientOptions options)
        : base(nameof(LiveSessions), JobKind.Live, runner, options, Responses.ParseLiveSession, Responses.ParseLivePage)
    {
    }
}
