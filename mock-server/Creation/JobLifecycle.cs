using LanguageExt;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Files;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Seeding;

namespace PreRecordedFx.MockServer.Creation;

/// <summary>
/// With <c>--lifecycle</c>, pending jobs move as production's do: queued for <see cref="MockServerOptions.QueuedSeconds"/>,
/// processing for <see cref="MockServerOptions.ProcessingSeconds"/>, then done (with a result generated from the file,
/// deterministic per seed) or error. Every state is computed and serialised up front; which one a request sees
/// follows the injected <see cref="TimeProvider"/>, so tests move the clock instead of waiting.
/// </summary>
internal sealed class JobLifecycle(IOptions<MockServerOptions> options, TimeProvider clock)
{
    private readonly MockServerOptions settings = options.Value;

    public bool Enabled => settings.Lifecycle;

    public TimeProvider Clock => clock;

    /// <summary>
    /// The job (a pre-recorded job or a live session) moving from its pending state at <paramref name="start"/> to done,
    /// or to error with <paramref name="errorCode"/>.
    /// </summary>
    public StoredJob Track(IJobEnvelope pending, DateTimeOffset start, int? errorCode = null, StoredUpload? audio = null)
    {
        var queued = TimeSpan.FromSeconds(settings.QueuedSeconds);
        var processing = TimeSpan.FromSeconds(settings.ProcessingSeconds);
        var phases = new List<JobPhase> { Phase(DateTimeOffset.MinValue, pending) };
        var processingFrom = start;
        if (pending.Status.Kind == JobStatusKind.Queued)
        {
            processingFrom = start + queued;
            phases.Add(Phase(processingFrom, WithState(pending, JobStatus.Processing)));
        }

        var finishedAt = processingFrom + processing;
        var finished = errorCode is { } code
            ? WithState(pending, JobStatus.Error, finishedAt, code)
            : Finish(pending, finishedAt);
        phases.Add(Phase(finishedAt, finished));
        return new StoredJob(phases, clock, audio);
    }

    // The one place the lifecycle tells the two kinds apart: each has its own record type and result generator.
    private static JobPhase Phase(DateTimeOffset from, IJobEnvelope job) => job switch
    {
        Job preRecorded => JobPhase.Of(from, preRecorded),
        LiveSession live => JobPhase.Of(from, live),
        _ => throw new ArgumentException($"Unknown job type {job.GetType().Name}", nameof(job)),
    };

    private IJobEnvelope Finish(IJobEnvelope pending, DateTimeOffset finishedAt) => pending switch
    {
        Job job => JobGenerator.Finish(settings.Seed, job, finishedAt),
        LiveSession live => LiveGenerator.Finish(settings.Seed, live, finishedAt),
        _ => throw new ArgumentException($"Unknown job type {pending.GetType().Name}", nameof(pending)),
    };

    private static IJobEnvelope WithState(IJobEnvelope job, JobStatus status, DateTimeOffset? completedAt = null, int? errorCode = null)
    {
        var completed = completedAt is { } at ? at : Option<DateTimeOffset>.None;
        var code = errorCode is { } given ? given : Option<int>.None;
        return job switch
        {
            Job j => j with { Status = status, CompletedAt = completed, ErrorCode = code, Result = Option<JobResult>.None },
            LiveSession s => s with { Status = status, CompletedAt = completed, ErrorCode = code, Result = Option<LiveResult>.None },
            _ => throw new ArgumentException($"Unknown job type {job.GetType().Name}", nameof(job)),
        };
    }
}
