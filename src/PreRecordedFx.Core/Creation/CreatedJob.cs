namespace PreRecordedFx;

/// <summary>A job just created (Gladia's <c>InitPreRecordedTranscriptionResponse</c>): it starts <c>queued</c>.</summary>
/// <param name="Id">The job's id, for <c>GetAsync</c> and <c>WaitUntilFinishedAsync</c>.</param>
/// <param name="ResultUrl">Where the job can be read.</param>
public sealed record CreatedJob(string Id, Uri ResultUrl);
