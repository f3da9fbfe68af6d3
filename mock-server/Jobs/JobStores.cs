using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Creation;
using PreRecordedFx.MockServer.Seeding;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// The two stores of a Gladia account, one per kind: pre-recorded jobs and live sessions. Each is seeded from the same
/// <c>--seed</c> (the live sessions from a generator of their own, so adding sessions never changes the jobs).
/// </summary>
internal sealed class JobStores
{
    public JobStores(IOptions<MockServerOptions> options, JobLifecycle lifecycle)
    {
        var settings = options.Value;
        PreRecorded = new JobStore(
            JobKind.PreRecorded,
            JobGenerator.Generate(settings.Seed, settings.Jobs, settings.ReferenceTime).Select(job => JobPhase.Of(DateTimeOffset.MinValue, job)),
            lifecycle);
        Live = new JobStore(
            JobKind.Live,
            LiveGenerator.Generate(settings.Seed, settings.LiveSessions, settings.ReferenceTime).Select(session => JobPhase.Of(DateTimeOffset.MinValue, session)),
            lifecycle);
    }

    public JobStore PreRecorded { get; }

    public JobStore Live { get; }

    public JobStore Of(JobKind kind) => kind == JobKind.Live ? Live : PreRecorded;

    /// <summary>The job of either kind with this id, if any (a signed storage link names only the id).</summary>
    public StoredJob? FindAny(string id) => PreRecorded.Find(id) ?? Live.Find(id);

    /// <summary>Both kinds back to their seeded jobs.</summary>
    public void Reset()
    {
        PreRecorded.Reset();
        Live.Reset();
    }
}
