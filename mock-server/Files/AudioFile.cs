using PreRecordedFx.MockServer.Jobs;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// A job's audio as a streamed WAV with <c>Content-Length</c>, <c>Content-Disposition</c> and Range support
/// (ASP.NET answers 206 and 416 from the seekable stream).
/// </summary>
internal static class AudioFile
{
    public const string ContentType = "audio/wav";

    /// <summary>Whether the job has a file to serve (an error job may not).</summary>
    public static bool Exists(StoredJob job) =>
        job.Audio is not null || job.File.Match(Some: file => file.AudioDuration.IsSome, None: () => false);

    public static IResult Serve(StoredJob job)
    {
        // A job made from an upload serves back the bytes it was given.
        if (job.Audio is { } audio)
        {
            return Results.File(audio.Bytes, audio.ContentType, audio.Filename, enableRangeProcessing: true);
        }

        var file = job.File.Match(Some: f => f, None: () => throw new InvalidOperationException("Serve is only called after Exists"));
        var format = WavFormat.For(file.AudioDuration.IfNone(0), file.NumberOfChannels.IfNone(1));
        var filename = file.Filename.IfNone(job.Id + ".wav");
        return Results.Stream(
            new WavStream(format, WavStream.VoiceOf(job.Id)),
            ContentType,
            fileDownloadName: filename,
            enableRangeProcessing: true);
    }
}
