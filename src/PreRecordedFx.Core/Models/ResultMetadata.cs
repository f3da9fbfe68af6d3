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
    double TranscriptionTime);
