using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// A job of either kind without its result and creation options: what a walk over many jobs reads (its id, status, dates,
/// metadata and audio duration). Parsed from the same JSON as a <see cref="Job"/>, whose <c>result</c>, <c>request_params</c>
/// and <c>post_session_metadata</c> the reader skips without building them, so they cost little and cannot make it
/// fail. Get the whole job with <c>GetAsync(envelope.Id)</c>. Optional wire fields are <see cref="LanguageExt.Option{A}"/>.
/// </summary>
[WireModel("job")]
[WireDefault("Kind", JobKinds.PreRecorded)]
public sealed partial record JobEnvelope : JobEnvelopeBase
{
    /// <summary>The audio's duration in seconds (the file's <c>audio_duration</c>), when known.</summary>
    [JsonPropertyOrder(10)]
    [JsonConverter(typeof(FileDurationJsonConverter))]
    [JsonInclude]
    [JsonPropertyName("file")]
    internal double? WireAudioDuration { get; set; }
}
