using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Durations of a done job (<c>result.metadata</c>), in seconds.</summary>
/// <param name="AudioDuration">The audio's duration.</param>
/// <param name="NumberOfDistinctChannels">How many distinct channels were transcribed.</param>
/// <param name="BillingTime">The billed duration (audio duration × distinct channels).</param>
/// <param name="TranscriptionTime">How long the transcription took.</param>
public sealed record ResultMetadata(
    double AudioDuration,
    int NumberOfDistinctChannels,
    double BillingTime,
    double TranscriptionTime) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal ResultMetadata()
        : this(0, 0, 0, 0)
    {
        WireAudioDuration = null;
        WireNumberOfDistinctChannels = null;
        WireBillingTime = null;
        WireTranscriptionTime = null;
    }

    /// <summary>The audio's duration.</summary>
    [JsonIgnore]
    public double AudioDuration => WireAudioDuration.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("audio_duration")]
    internal double? WireAudioDuration { get; set; } = AudioDuration;

    /// <summary>How many distinct channels were transcribed.</summary>
    [JsonIgnore]
    public int NumberOfDistinctChannels => WireNumberOfDistinctChannels.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("number_of_distinct_channels")]
    internal int? WireNumberOfDistinctChannels { get; set; } = NumberOfDistinctChannels;

    /// <summary>The billed duration (audio duration × distinct channels).</summary>
    [JsonIgnore]
    public double BillingTime => WireBillingTime.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("billing_time")]
    internal double? WireBillingTime { get; set; } = BillingTime;

    /// <summary>How long the transcription took.</summary>
    [JsonIgnore]
    public double TranscriptionTime => WireTranscriptionTime.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("transcription_time")]
    internal double? WireTranscriptionTime { get; set; } = TranscriptionTime;

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(WireAudioDuration.HasValue, "result metadata", "audio_duration");
        RequiredMembers.Check(WireNumberOfDistinctChannels.HasValue, "result metadata", "number_of_distinct_channels");
        RequiredMembers.Check(WireBillingTime.HasValue, "result metadata", "billing_time");
        RequiredMembers.Check(WireTranscriptionTime.HasValue, "result metadata", "transcription_time");
    }
}
