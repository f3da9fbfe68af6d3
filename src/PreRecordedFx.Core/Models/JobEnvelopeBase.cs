using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// The members every job has, of either kind and however much of it was read, declared once: the base of the whole
/// jobs (<see cref="TranscriptionJob{TRequestParams, TResult}"/>) and of <see cref="JobEnvelope"/>.
/// </summary>
// Written in the order Gladia sends them (the mock serves jobs through these models): a derived model's members
// would otherwise come first.
[WireModel("job")]
public abstract partial record JobEnvelopeBase : IJobEnvelope, IJsonOnDeserialized
{
    /// <summary>The job id (a UUID).</summary>
    [WireRequired]
    [JsonPropertyOrder(0)]
    [JsonInclude]
    [JsonPropertyName("id")]
    internal string? WireId { get; set; }

    /// <summary>Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</summary>
    [WireRequired]
    [JsonPropertyOrder(1)]
    [JsonInclude]
    [JsonPropertyName("request_id")]
    internal string? WireRequestId { get; set; }

    /// <summary>The API version, 2.</summary>
    [WireRequired]
    [JsonPropertyOrder(2)]
    [JsonInclude]
    [JsonPropertyName("version")]
    internal int? WireVersion { get; set; }

    /// <summary>Where the job is in its lifecycle.</summary>
    [WireRequired]
    [JsonPropertyOrder(3)]
    [JsonInclude]
    [JsonPropertyName("status")]
    internal JobStatus? WireStatus { get; set; }

    /// <summary>When the job was created (UTC).</summary>
    [WireRequired]
    [JsonPropertyOrder(4)]
    [JsonInclude]
    [JsonPropertyName("created_at")]
    internal DateTimeOffset? WireCreatedAt { get; set; }

    /// <summary>When it finished; set for done and error jobs.</summary>
    [JsonPropertyOrder(5)]
    [JsonInclude]
    [JsonPropertyName("completed_at")]
    internal DateTimeOffset? WireCompletedAt { get; set; }

    /// <summary>The metadata given at creation; <c>None</c> when none was given (production sends <c>null</c>).</summary>
    [JsonPropertyOrder(6)]
    [JsonConverter(typeof(CustomMetadataJsonConverter))]
    [JsonInclude]
    [JsonPropertyName("custom_metadata")]
    internal IReadOnlyDictionary<string, JsonElement>? WireCustomMetadata { get; set; }

    /// <summary>The job's failure code (400–599) when <see cref="JobEnvelopeBase.Status"/> is error.</summary>
    [JsonPropertyOrder(7)]
    [JsonInclude]
    [JsonPropertyName("error_code")]
    internal int? WireErrorCode { get; set; }

    /// <summary>The job's kind on the wire: <c>"pre-recorded"</c> or <c>"live"</c> (<see cref="JobKinds"/>).</summary>
    [WireRequired]
    [JsonPropertyOrder(9)]
    [JsonConverter(typeof(JobKindJsonConverter))]
    [JsonInclude]
    [JsonPropertyName("kind")]
    internal string? WireKind { get; set; }
}
