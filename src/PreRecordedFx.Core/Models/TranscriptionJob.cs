using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// What a job of either kind holds, exactly as Gladia returns it: the envelope every job has (id, status, dates,
/// metadata), its file, and the request parameters and result of its kind. <see cref="Job"/> (pre-recorded) and
/// <see cref="LiveSession"/> (live) are the two kinds; code that serves both takes an <see cref="IJobEnvelope"/>.
/// Optional wire fields are <see cref="Option{A}"/>; nothing here is ever <c>null</c>.
/// </summary>
/// <typeparam name="TRequestParams">The kind's creation options, echoed back.</typeparam>
/// <typeparam name="TResult">The kind's result.</typeparam>
/// <param name="Id">The job id (a UUID).</param>
/// <param name="RequestId">Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</param>
/// <param name="Version">The API version, 2.</param>
/// <param name="Status">Where the job is in its lifecycle.</param>
/// <param name="CreatedAt">When the job was created (UTC).</param>
/// <param name="CompletedAt">When it finished; set for done and error jobs.</param>
/// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
/// <param name="ErrorCode">The job's failure code (400–599) when <see cref="JobEnvelopeBase.Status"/> is error.</param>
/// <param name="PostSessionMetadata">Debugging data the service may attach.</param>
/// <param name="Kind">The job's kind on the wire: <c>"pre-recorded"</c> or <c>"live"</c>.</param>
/// <param name="File">The uploaded file's description; may be absent on error.</param>
/// <param name="RequestParams">The creation options, echoed back; may be absent on error.</param>
/// <param name="Result">The transcription and add-ons, present once the job is done.</param>
public abstract record TranscriptionJob<TRequestParams, TResult>(
    string Id,
    string RequestId,
    int Version,
    JobStatus Status,
    DateTimeOffset CreatedAt,
    Option<DateTimeOffset> CompletedAt = default,
    Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata = default,
    Option<int> ErrorCode = default,
    Option<JsonElement> PostSessionMetadata = default,
    string Kind = JobKinds.PreRecorded,
    Option<JobFile> File = default,
    Option<TRequestParams> RequestParams = default,
    Option<TResult> Result = default)
    : JobEnvelopeBase(Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, Kind)
    where TRequestParams : class
    where TResult : class
{
    /// <summary>Debugging data the service may attach.</summary>
    [JsonIgnore]
    public Option<JsonElement> PostSessionMetadata => Prelude.Optional(WirePostSessionMetadata);

    [JsonPropertyOrder(8)]
    [JsonInclude]
    [JsonPropertyName("post_session_metadata")]
    internal JsonElement? WirePostSessionMetadata { get; set; } = PostSessionMetadata.OrNullable();

    /// <summary>The uploaded file's description; may be absent on error.</summary>
    [JsonIgnore]
    public Option<JobFile> File => Prelude.Optional(WireFile);

    [JsonPropertyOrder(10)]
    [JsonInclude]
    [JsonPropertyName("file")]
    internal JobFile? WireFile { get; set; } = File.OrNull();

    /// <summary>The creation options, echoed back; may be absent on error.</summary>
    [JsonIgnore]
    public Option<TRequestParams> RequestParams => Prelude.Optional(WireRequestParams);

    [JsonPropertyOrder(11)]
    [JsonInclude]
    [JsonPropertyName("request_params")]
    internal TRequestParams? WireRequestParams { get; set; } = RequestParams.OrNull();

    /// <summary>The transcription and add-ons, present once the job is done.</summary>
    [JsonIgnore]
    public Option<TResult> Result => Prelude.Optional(WireResult);

    [JsonPropertyOrder(12)]
    [JsonInclude]
    [JsonPropertyName("result")]
    internal TResult? WireResult { get; set; } = Result.OrNull();

    /// <summary>The job without its result and creation options, as a walk over many jobs keeps it.</summary>
    /// <returns>The envelope: the same id, status, dates, metadata and audio duration.</returns>
    public JobEnvelope ToEnvelope() =>
        new(Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, Kind, File.Bind(f => f.AudioDuration));
}
