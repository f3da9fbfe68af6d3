using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The members every job has, of either kind and however much of it was read, declared once: the base of the whole
/// jobs (<see cref="TranscriptionJob{TRequestParams, TResult}"/>) and of <see cref="JobEnvelope"/>. Its serializer
/// reads them straight into nullable wire properties; the public view never has <c>null</c>.
/// </summary>
/// <param name="Id">The job id (a UUID).</param>
/// <param name="RequestId">Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</param>
/// <param name="Version">The API version, 2.</param>
/// <param name="Status">Where the job is in its lifecycle.</param>
/// <param name="CreatedAt">When the job was created (UTC).</param>
/// <param name="CompletedAt">When it finished; set for done and error jobs.</param>
/// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
/// <param name="ErrorCode">The job's failure code (400–599) when <see cref="Status"/> is error.</param>
/// <param name="Kind">The job's kind on the wire: <c>"pre-recorded"</c> or <c>"live"</c> (<see cref="JobKinds"/>).</param>
public abstract record JobEnvelopeBase(
    string Id,
    string RequestId,
    int Version,
    JobStatus Status,
    DateTimeOffset CreatedAt,
    Option<DateTimeOffset> CompletedAt,
    Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata,
    Option<int> ErrorCode,
    string Kind) : IJobEnvelope, IJsonOnDeserialized
{
    // Written in the order Gladia sends them (the mock serves jobs through these models): a derived model's members
    // would otherwise come first.
    /// <summary>The job id (a UUID).</summary>
    [JsonPropertyOrder(0)]
    [JsonInclude]
    public string Id { get; internal set; } = Id;

    /// <summary>Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</summary>
    [JsonPropertyOrder(1)]
    [JsonInclude]
    public string RequestId { get; internal set; } = RequestId;

    /// <summary>The API version, 2.</summary>
    [JsonIgnore]
    public int Version => WireVersion.GetValueOrDefault();

    [JsonPropertyOrder(2)]
    [JsonInclude]
    [JsonPropertyName("version")]
    internal int? WireVersion { get; set; } = Version;

    /// <summary>Where the job is in its lifecycle.</summary>
    [JsonIgnore]
    public JobStatus Status => WireStatus.GetValueOrDefault();

    [JsonPropertyOrder(3)]
    [JsonInclude]
    [JsonPropertyName("status")]
    internal JobStatus? WireStatus { get; set; } = Status;

    /// <summary>When the job was created (UTC).</summary>
    [JsonIgnore]
    public DateTimeOffset CreatedAt => WireCreatedAt.GetValueOrDefault();

    [JsonPropertyOrder(4)]
    [JsonInclude]
    [JsonPropertyName("created_at")]
    internal DateTimeOffset? WireCreatedAt { get; set; } = CreatedAt;

    /// <summary>When it finished; set for done and error jobs.</summary>
    [JsonIgnore]
    public Option<DateTimeOffset> CompletedAt => Prelude.Optional(WireCompletedAt);

    [JsonPropertyOrder(5)]
    [JsonInclude]
    [JsonPropertyName("completed_at")]
    internal DateTimeOffset? WireCompletedAt { get; set; } = CompletedAt.OrNullable();

    /// <summary>The metadata given at creation; <c>None</c> when none was given (production sends <c>null</c>).</summary>
    [JsonIgnore]
    public Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata => Prelude.Optional(WireCustomMetadata);

    [JsonPropertyOrder(6)]
    [JsonInclude]
    [JsonPropertyName("custom_metadata")]
    [JsonConverter(typeof(CustomMetadataJsonConverter))]
    internal IReadOnlyDictionary<string, JsonElement>? WireCustomMetadata { get; set; } = CustomMetadata.OrNull();

    /// <summary>The job's failure code (400–599) when <see cref="Status"/> is error.</summary>
    [JsonIgnore]
    public Option<int> ErrorCode => Prelude.Optional(WireErrorCode);

    [JsonPropertyOrder(7)]
    [JsonInclude]
    [JsonPropertyName("error_code")]
    internal int? WireErrorCode { get; set; } = ErrorCode.OrNullable();

    /// <summary>The job's kind on the wire: <c>"pre-recorded"</c> or <c>"live"</c>.</summary>
    [JsonPropertyOrder(9)]
    [JsonInclude]
    [JsonConverter(typeof(JobKindJsonConverter))]
    public string Kind { get; internal set; } = Kind;

    // Each model's serializer constructor calls this: the serializer fills an empty job through the internal setters,
    // far cheaper than its constructor path, and required members start unread (see RequiredMembers).
    private protected void MarkRequiredUnread()
    {
        WireVersion = null;
        WireStatus = null;
        WireCreatedAt = null;
    }

    void IJsonOnDeserialized.OnDeserialized() =>
        RequiredMembers.CheckEnvelope(Id, RequestId, WireVersion, WireStatus, WireCreatedAt);
}
