using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Durations of a done job (<c>result.metadata</c>), in seconds.</summary>
[WireModel("result metadata")]
public sealed partial record ResultMetadata : IJsonOnDeserialized
{
    /// <summary>The audio's duration.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("audio_duration")]
    internal double? WireAudioDuration { get; set; }

    /// <summary>How many distinct channels were transcribed.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("number_of_distinct_channels")]
    internal int? WireNumberOfDistinctChannels { get; set; }

    /// <summary>The billed duration (audio duration × distinct channels).</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("billing_time")]
    internal double? WireBillingTime { get; set; }

    /// <summary>How long the transcription took.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("transcription_time")]
    internal double? WireTranscriptionTime { get; set; }
}
