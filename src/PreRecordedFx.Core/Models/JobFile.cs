using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>The audio file a job transcribed (the wire's <c>file</c> object).</summary>
[WireModel("file")]
public sealed partial record JobFile : IJsonOnDeserialized
{
    /// <summary>The file's id.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("id")]
    internal string? WireId { get; set; }

    /// <summary>The file's name, when known.</summary>
    [JsonInclude]
    [JsonPropertyName("filename")]
    internal string? WireFilename { get; set; }

    /// <summary>Where it came from (an URL or an upload), when known.</summary>
    [JsonInclude]
    [JsonPropertyName("source")]
    internal string? WireSource { get; set; }

    /// <summary>Its duration in seconds, when known.</summary>
    [JsonInclude]
    [JsonPropertyName("audio_duration")]
    internal double? WireAudioDuration { get; set; }

    /// <summary>Its channel count, when known.</summary>
    [JsonInclude]
    [JsonPropertyName("number_of_channels")]
    internal int? WireNumberOfChannels { get; set; }
}
