using LanguageExt;

namespace PreRecordedFx.Cli;

/// <summary>One exported job: its folder, the files written, and why a file is missing when it is.</summary>
/// <param name="JobId">The job.</param>
/// <param name="Status">Its status when exported.</param>
/// <param name="Folder">Its folder.</param>
/// <param name="Files">The files written, by name.</param>
/// <param name="Note">Why there is no transcript, when there is none.</param>
/// <param name="AudioMissing">Whether the audio was asked for and the server answered 404 for it.</param>
/// <param name="Kind">The job's kind: pre-recorded or live.</param>
internal sealed record ExportedJob(string JobId, string Status, string Folder, IReadOnlyList<string> Files, string? Note, bool AudioMissing = false, string Kind = JobKinds.PreRecorded);

/// <summary>
/// Exports a job into its own folder: the job as JSON, the transcript as txt, srt and vtt (Gladia's own subtitles when
/// it made them, else rendered from the utterances), and optionally the audio. A <c>Right</c> means every file was
/// written; a folder that cannot be written is a <see cref="PreRecordedError.InvalidArgument"/> naming it.
/// </summary>
internal sealed class JobExporter(string root, bool withAudio)
{
    /// <summary>Exports <paramref name="target"/>, found in the first of its collections that has it.</summary>
    public async Task<Either<PreRecordedError, ExportedJob>> ExportAsync(JobTarget target, CancellationToken cancellationToken)
    {
        var (jobs, read) = await JobCollection.FirstFoundAsync(target.Collections, c => c.GetAsync(target.Id, cancellationToken)).ConfigureAwait(false);
        if (read.Case is not FoundJob found)
        {
            return (PreRecordedError)read.Case!;
        }

        var job = found.View;
        var folder = Path.Combine(root, Folders.SafeName(job.Id) ?? "job");
        var files = new List<string>();
        var written = Write(folder, "job.json", found.Json, files, cancellationToken);
        string? note = null;
        var audioMissing = false;
        var transcript = Transcripts.PlainText(job);
        if (transcript.Case is string text)
        {
            written = written
                && Write(folder, "transcript.txt", text, files, cancellationToken)
                && Write(folder, "transcript.srt", Transcripts.Subtitles(job, SubtitleFormat.Srt).IfLeft(string.Empty), files, cancellationToken)
                && Write(folder, "transcript.vtt", Transcripts.Subtitles(job, SubtitleFormat.Vtt).IfLeft(string.Empty), files, cancellationToken);
        }
        else
        {
            note = "no transcript: the job is " + job.Status.Value;
        }

        if (!written)
        {
            return Unwritable(folder);
        }

        if (withAudio)
        {
            var audio = await AudioAsync(jobs, job, folder, cancellationToken).ConfigureAwait(false);
            switch (audio.Case)
            {
                case string path:
                    files.Add(Path.GetFileName(path));
                    break;

                // The job was just read, so a 404 here means it has no audio (an upload that failed), not that it is gone.
                case PreRecordedError.NotFound:
                    note = note is null ? "no audio on the server" : note + "; no audio on the server";
                    audioMissing = true;
                    break;
                default:
                    return (PreRecordedError)audio.Case!;
            }
        }

        return new ExportedJob(job.Id, job.Status.Value, folder, files, note, audioMissing, job.Kind);
    }

    private static async Task<Either<PreRecordedError, string>> AudioAsync(JobCollection jobs, Job job, string folder, CancellationToken cancellationToken)
    {
        var head = await AudioFetcher.HeadAsync([jobs], job.Id, cancellationToken).ConfigureAwait(false);
        if (head.Case is not AudioHead found)
        {
            return (PreRecordedError)head.Case!;
        }

        var fetched = await AudioFetcher.FetchAsync(found, Path.Combine(folder, found.FileName), progress: null, cancellationToken).ConfigureAwait(false);
        return fetched.Map(f => f.Path);
    }

    private static bool Write(string folder, string name, string content, List<string> files, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(folder);
            cancellationToken.ThrowIfCancellationRequested();
            AtomicFile.WriteAllText(Path.Combine(folder, name), content);
            files.Add(name);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static PreRecordedError.InvalidArgument Unwritable(string folder) =>
        new PreRecordedError.InvalidArgument("folder", $"cannot write to '{folder}'");
}
