using System.Text.Json;
using LanguageExt;
using PreRecordedFx.MockServer.Files;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// One job of either kind (a pre-recorded job or a live session) as the mock keeps it: its states over time (one for a job that never moves; queued, processing and
/// the final state under the lifecycle), each serialised once, and what the filters read. Deletion is a one-way
/// flag flipped atomically, so exactly one of many concurrent deletes wins.
/// </summary>
internal sealed class StoredJob
{
    private readonly IReadOnlyList<JobPhase> phases;
    private readonly TimeProvider? clock;
    private int deleted;

    /// <summary>A job that never changes.</summary>
    public StoredJob(JobPhase only, StoredUpload? audio = null)
        : this([only], clock: null, audio)
    {
    }

    /// <summary>A job that moves through <paramref name="phases"/> (in order of their start) as <paramref name="clock"/> passes them.</summary>
    public StoredJob(IReadOnlyList<JobPhase> phases, TimeProvider? clock, StoredUpload? audio = null)
    {
        this.phases = phases;
        this.clock = clock;
        Audio = audio;
        var first = phases[0].Job;
        Id = first.Id;
        CreatedAt = first.CreatedAt;
        MetadataText = first.CustomMetadata.Match(
            Some: metadata => metadata.ToDictionary(pair => pair.Key, pair => AsText(pair.Value), StringComparer.Ordinal),
            None: () => new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public string Id { get; }

    public DateTimeOffset CreatedAt { get; }

    /// <summary>The job as it is now: what the filters, the delete rule and the callbacks read, whatever its kind.</summary>
    public IJobEnvelope Job => Current.Job;

    /// <summary>The job's file as it is now; what the audio is generated from.</summary>
    public Option<JobFile> File => Current.File;

    /// <summary>The job's wire JSON (UTF-8) as it is now, served as is.</summary>
    public byte[] Json => Current.Json;

    /// <summary>The state the job ends in and when it reaches it (its only state for a job that never moves).</summary>
    public JobPhase Final => phases[^1];

    /// <summary>The uploaded bytes the job transcribes, when it was created from an upload; otherwise its audio is generated.</summary>
    public StoredUpload? Audio { get; }

    /// <summary>Custom metadata values as strings: query values are strings, so <c>42</c> matches <c>"42"</c>.</summary>
    public IReadOnlyDictionary<string, string> MetadataText { get; }

    public bool IsDeleted => Volatile.Read(ref deleted) == 1;

    private JobPhase Current
    {
        get
        {
            if (clock is null)
            {
                return phases[0];
            }

            var now = clock.GetUtcNow();
            var current = phases[0];
            for (var i = 1; i < phases.Count && phases[i].From <= now; i++)
            {
                current = phases[i];
            }

            return current;
        }
    }

    /// <summary>Marks the job deleted; <c>true</c> only for the call that did it.</summary>
    public bool TryDelete() => Interlocked.CompareExchange(ref deleted, 1, 0) == 0;

    private static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}

/// <summary>
/// A job's state from <paramref name="From"/> on, with its file and its wire JSON. Made by <see cref="Of(DateTimeOffset, PreRecordedFx.Job)"/>
/// or <see cref="Of(DateTimeOffset, LiveSession)"/>, so each kind is serialised with its own shape in this one place.
/// </summary>
internal sealed record JobPhase(DateTimeOffset From, IJobEnvelope Job, Option<JobFile> File, byte[] Json)
{
    public static JobPhase Of(DateTimeOffset from, Job job) => new(from, job, job.File, JsonSerializer.SerializeToUtf8Bytes(job, WireJson.Job));

    public static JobPhase Of(DateTimeOffset from, LiveSession session) =>
        new(from, session, session.File, JsonSerializer.SerializeToUtf8Bytes(session, WireJson.LiveSession));

    /// <summary>A state served byte for byte as given (a job loaded through the admin API).</summary>
    public static JobPhase Given(Job job, byte[] json) => new(DateTimeOffset.MinValue, job, job.File, json);

    /// <summary>A state served byte for byte as given (a live session loaded through the admin API).</summary>
    public static JobPhase Given(LiveSession session, byte[] json) => new(DateTimeOffset.MinValue, session, session.File, json);
}
