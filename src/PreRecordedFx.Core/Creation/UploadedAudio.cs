namespace PreRecordedFx;

/// <summary>An uploaded file (Gladia's <c>AudioUploadResponse</c>): its link, to create jobs from, and what Gladia read of it.</summary>
/// <param name="AudioUrl">The link to pass as <see cref="TranscriptionRequest.AudioUrl"/>.</param>
/// <param name="AudioMetadata">The file as Gladia saw it.</param>
public sealed record UploadedAudio(Uri AudioUrl, UploadedAudioMetadata AudioMetadata);

/// <summary>What Gladia read of an uploaded file (<c>audio_metadata</c>).</summary>
/// <param name="Id">The upload's id.</param>
/// <param name="Filename">The file's name as sent.</param>
/// <param name="Extension">Its extension, e.g. <c>wav</c>.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="AudioDuration">Its duration in seconds.</param>
/// <param name="NumberOfChannels">Its channel count.</param>
public sealed record UploadedAudioMetadata(string Id, string Filename, string Extension, long Size, double AudioDuration, int NumberOfChannels);
