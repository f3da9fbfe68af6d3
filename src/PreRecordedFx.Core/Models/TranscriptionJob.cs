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
/// <param name="ErrorCode">The job's failure code (400–599) when <see cref="Status"/> is error.</param>
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
    Option<TResult> Result = default) : IJobEnvelope, IJsonOnDeserialized
    where TRequestParams : class
    where TResult : class
{
    // Each kind's serializer constructor calls this: the serializer fills an empty job through the internal setters,
    // far cheaper than its constructor path, and required members start unread (see RequiredMembers).
    private protected void MarkRequiredUnread()
    {
        WireVersion = null;
        WireStatus = null;
        WireCreatedAt = null;
    }

    /// <summary>The job id (a UUID).</summary>
    [JsonInclude]
    public string Id { get; internal set; } = Id;

    /// <summary>Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</summary>
    [JsonInclude]
    public string RequestId { get; internal set; } = RequestId;

    /// <summary>The API version, 2.</summary>
    [JsonIgnore]
    public int Version => WireVersion.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("version")]
    internal int? WireVersion { get; set; } = Version;

    /// <summary>Where the job is in its lifecycle.</summary>
    [JsonIgnore]
    public JobStatus Status => WireStatus.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("status")]
    internal JobStatus? WireStatus { get; set; } = Status;

    /// <summary>When the job was created (UTC).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => WireCreatedAt.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("created_at")]
    internal DateTimeOffset? WireCreatedAt { get; set; } = CreatedAt;

    /// <summary>When it finished; set for done and error jobs.</summary>
    [JsonIgnore]
    public Option<DateTimeOffset> CompletedAt => Prelude.Optional(WireCompletedAt);

    [JsonInclude]
    [JsonPropertyName("completed_at")]
    internal DateTimeOffset? WireCompletedAt { get; set; } = CompletedAt.OrNullable();

    /// <summary>The metadata given at creation; <c>None</c> when none was given (production sends <c>null</c>).</summary>
    [JsonIgnore]
    public Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata => Prelude.Optional(WireCustomMetadata);

    [JsonInclude]
    [JsonPropertyName("custom_metadata")]
    [JsonConverter(typeof(CustomMetadataJsonConverter))]
    internal IReadOnlyDictionary<string, JsonElement>? WireCustomMetadata { get; set; } = CustomMetadata.OrNull();

    /// <summary>The job's failure code (400–599) when <see cref="Status"/> is error.</summary>
    [JsonIgnore]
    public Option<int> ErrorCode => Prelude.Optional(WireErrorCode);

    [JsonInclude]
    [JsonPropertyName("error_code")]
    internal int? WireErrorCode { get; set; } = ErrorCode.OrNullable();

    /// <summary>Debugging data the service may attach.</summary>
    [JsonIgnore]
    public Option<JsonElement> PostSessionMetadata => Prelude.Optional(WirePostSessionMetadata);

    [JsonInclude]
    [JsonPropertyName("post_session_metadata")]
    internal JsonElement? WirePostSessionMetadata { get; set; } = PostSessionMetadata.OrNullable();

    /// <summary>The job's kind on the wire: <c>"pre-recorded"</c> or <c>"live"</c>.</summary>
    [JsonInclude]
    [JsonConverter(typeof(JobKindJsonConverter))]
    public string Kind { get; internal set; } = Kind;

    /// <summary>The uploaded file's description; may be absent on error.</summary>
    [JsonIgnore]
    public Option<JobFile> File => Prelude.Optional(WireFile);

    [JsonInclude]
    [JsonPropertyName("file")]
    internal JobFile? WireFile { get; set; } = File.OrNull();

    /// <summary>The creation options, echoed back; may be absent on error.</summary>
    [JsonIgnore]
    public Option<TRequestParams> RequestParams => Prelude.Optional(WireRequestParams);

    [JsonInclude]
    [JsonPropertyName("request_params")]
    internal TRequestParams? WireRequestParams { get; set; } = RequestParams.OrNull();

    /// <summary>The transcription and add-ons, present once the job is done.</summary>
    [JsonIgnore]
    public Option<TResult> Result => Prelude.Optional(WireResult);

    [JsonInclude]
    [JsonPropertyName("result")]
    internal TResult? WireResult { get; set; } = Result.OrNull();

    /// <summary>The job without its result and creation options, as a walk over many jobs keeps it.</summary>
    /// <returns>The envelope: the same id, status, dates, metadata and audio duration.</returns>
    public JobEnvelope ToEnvelope() =>
        new(Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, Kind, File.Bind(f => f.AudioDuration));

    void IJsonOnDeserialized.OnDeserialized() =>
        RequiredMembers.CheckEnvelope(Id, RequestId, WireVersion, WireStatus, WireCreatedAt);
}
