using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A job of either kind without its result and creation options: what a walk over many jobs reads (its id, status, dates,
/// metadata and audio duration). Parsed from the same JSON as a <see cref="Job"/>, whose <c>result</c>, <c>request_params</c>
/// and <c>post_session_metadata</c> the reader skips without building them, so they cost little and cannot make it
/// fail. Get the whole job with <c>GetAsync(envelope.Id)</c>. Optional wire fields are <see cref="Option{A}"/>.
/// </summary>
/// <param name="Id">The job id (a UUID).</param>
/// <param name="RequestId">Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</param>
/// <param name="Version">The API version, 2.</param>
/// <param name="Status">Where the job is in its lifecycle.</param>
/// <param name="CreatedAt">When the job was created (UTC).</param>
/// <param name="CompletedAt">When it finished; set for done and error jobs.</param>
/// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
/// <param name="ErrorCode">The job's failure code (400–599) when <see cref="JobEnvelopeBase.Status"/> is error.</param>
/// <param name="Kind">The job's kind: <c>"pre-recorded"</c> or <c>"live"</c> (<see cref="JobKinds"/>).</param>
/// <param name="AudioDuration">The audio's duration in seconds (the file's <c>audio_duration</c>), when known.</param>
public sealed record JobEnvelope(
    string Id,
    string RequestId,
    int Version,
    JobStatus Status,
    DateTimeOffset CreatedAt,
    Option<DateTimeOffset> CompletedAt = default,
    Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata = default,
    Option<int> ErrorCode = default,
    string Kind = JobKinds.PreRecorded,
    Option<double> AudioDuration = default)
    : JobEnvelopeBase(Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, Kind)
{
    // As a whole job's: the serializer fills an empty envelope through the internal setters, required members start unread.
    [JsonConstructor]
    internal JobEnvelope()
        : this(null!, null!, 0, default, default) => MarkRequiredUnread();

    /// <summary>The audio's duration in seconds (the file's <c>audio_duration</c>), when known.</summary>
    [JsonIgnore]
    public Option<double> AudioDuration => Prelude.Optional(WireAudioDuration);

    // Of the file only its duration is read: its id, name and source would cost about 200 bytes more per envelope,
    // and a bulk delete holds every matched one. Written back as a file with that duration alone.
    [JsonPropertyOrder(10)]
    [JsonInclude]
    [JsonPropertyName("file")]
    [JsonConverter(typeof(FileDurationJsonConverter))]
    internal double? WireAudioDuration { get; set; } = AudioDuration.OrNullable();
}
