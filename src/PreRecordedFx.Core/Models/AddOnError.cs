using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Why an add-on failed. Lenient on purpose: a half-filled add-on error must not fail the whole job.</summary>
[WireModel("add-on error")]
public sealed partial record AddOnError
{
    /// <summary>The add-on's status code.</summary>
    [JsonInclude]
    [JsonPropertyName("status_code")]
    internal int? WireStatusCode { get; set; }

    /// <summary>The failure's kind.</summary>
    [JsonInclude]
    [JsonPropertyName("exception")]
    internal string? WireException { get; set; }

    /// <summary>The failure's detail.</summary>
    [JsonInclude]
    [JsonPropertyName("message")]
    internal string? WireMessage { get; set; }
}
