using System.Text.Json;
using LanguageExt;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Files;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Seeding;
using PreRecordedFx.MockServer.Wire;

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

    /// <summary>The job moving from its pending state at <paramref name="start"/> to done, or to error with <paramref name="errorCode"/>.</summary>
    public StoredJob Track(Job pending, DateTimeOffset start, int? errorCode = null, StoredUpload? audio = null)
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
            : JobGenerator.Finish(settings.Seed, pending, finishedAt);
        phases.Add(Phase(finishedAt, finished));
        return new StoredJob(phases, clock, audio);
    }

    private static JobPhase Phase(DateTimeOffset from, Job job) => new(from, job, JsonSerializer.SerializeToUtf8Bytes(job, WireJson.Job));

    private static Job WithState(Job job, JobStatus status, DateTimeOffset? completedAt = null, int? errorCode = null) =>
        new(
            job.Id,
            job.RequestId,
            job.Version,
            status,
            job.CreatedAt,
            completedAt is { } at ? at : Option<DateTimeOffset>.None,
            job.CustomMetadata,
            errorCode is { } code ? code : Option<int>.None,
            job.PostSessionMetadata,
            job.Kind,
            job.File,
            job.RequestParams);
}
