using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// What a job of either kind holds, exactly as Gladia returns it: the envelope every job has (id, status, dates,
/// metadata), its file, and the request parameters and result of its kind. <see cref="Job"/> (pre-recorded) and
/// <see cref="LiveSession"/> (live) are the two kinds; code that serves both takes an <see cref="IJobEnvelope"/>.
/// Optional wire fields are <see cref="LanguageExt.Option{A}"/>; nothing here is ever <c>null</c>.
/// </summary>
/// <typeparam name="TRequestParams">The kind's creation options, echoed back.</typeparam>
/// <typeparam name="TResult">The kind's result.</typeparam>
[WireModel("job")]
public abstract partial record TranscriptionJob<TRequestParams, TResult> : JobEnvelopeBase
    where TRequestParams : class
    where TResult : class
{
    /// <summary>Debugging data the service may attach.</summary>
    [JsonPropertyOrder(8)]
    [JsonInclude]
    [JsonPropertyName("post_session_metadata")]
    internal JsonElement? WirePostSessionMetadata { get; set; }

    /// <summary>The uploaded file's description; may be absent on error.</summary>
    [JsonPropertyOrder(10)]
    [JsonInclude]
    [JsonPropertyName("file")]
    internal JobFile? WireFile { get; set; }

    /// <summary>The creation options, echoed back; may be absent on error.</summary>
    [JsonPropertyOrder(11)]
    [JsonInclude]
    [JsonPropertyName("request_params")]
    internal TRequestParams? WireRequestParams { get; set; }

    /// <summary>The transcription and add-ons, present once the job is done.</summary>
    [JsonPropertyOrder(12)]
    [JsonInclude]
    [JsonPropertyName("result")]
    internal TResult? WireResult { get; set; }

    /// <summary>The job without its result and creation options, as a walk over many jobs keeps it.</summary>
    /// <returns>The envelope: the same id, status, dates, metadata and audio duration.</returns>
    public JobEnvelope ToEnvelope() =>
        new(Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, Kind, File.Bind(f => f.AudioDuration));
}
