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
    double TranscriptionTime)
{
    [JsonConstructor]
    internal ResultMetadata()
        : this(0, 0, 0, 0)
    {
    }

    /// <summary>The audio's duration.</summary>
    [JsonRequired]
    [JsonInclude]
    public double AudioDuration { get; internal set; } = AudioDuration;

    /// <summary>How many distinct channels were transcribed.</summary>
    [JsonRequired]
    [JsonInclude]
    public int NumberOfDistinctChannels { get; internal set; } = NumberOfDistinctChannels;

    /// <summary>The billed duration (audio duration × distinct channels).</summary>
    [JsonRequired]
    [JsonInclude]
    public double BillingTime { get; internal set; } = BillingTime;

    /// <summary>How long the transcription took.</summary>
    [JsonRequired]
    [JsonInclude]
    public double TranscriptionTime { get; internal set; } = TranscriptionTime;
}
