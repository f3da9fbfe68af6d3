using LanguageExt;

namespace PreRecordedFx.Cli;

/// <summary>Where one job's audio goes, and how long the server says it is.</summary>
/// <param name="JobId">The job.</param>
/// <param name="FileName">The server's file name (made safe), or the id when the server gave none.</param>
/// <param name="Length">The length the server announced, when it did.</param>
/// <param name="Jobs">The collection the job was found in (its kind).</param>
internal sealed record AudioHead(string JobId, string FileName, Option<long> Length, JobCollection Jobs);

/// <summary>What happened to one job's audio.</summary>
/// <param name="Path">The file.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Skipped">Whether it was already complete, so nothing was downloaded.</param>
/// <param name="ResumedFrom">The byte a partial file from an earlier run was resumed from (0: downloaded whole).</param>
internal sealed record FetchedAudio(string Path, long Bytes, bool Skipped, long ResumedFrom = 0);

/// <summary>Downloads a job's audio under the server's file name, skipping a file already complete.</summary>
internal static class AudioFetcher
{
    /// <summary>
    /// Reads the download's head only (name and length), then lets the connection go; the collections are asked in
    /// turn until one has the job.
    /// </summary>
    public static async Task<Either<PreRecordedError, AudioHead>> HeadAsync(IReadOnlyList<JobCollection> collections, string jobId, CancellationToken cancellationToken)
    {
        var (jobs, opened) = await JobCollection.FirstFoundAsync(collections, c => c.Api.OpenFileAsync(jobId, cancellationToken)).ConfigureAwait(false);
        if (opened.Case is not AudioDownload download)
        {
            return (PreRecordedError)opened.Case!;
        }

        await using (download.ConfigureAwait(false))
        {
            var name = Folders.SafeName(download.Info.FileName.IfNoneUnsafe((string?)null)) ?? jobId + ".audio";
            return new AudioHead(jobId, name, download.Info.ContentLength, jobs);
        }
    }

    /// <summary>
    /// Downloads into <paramref name="path"/> unless a file of the announced length is already there. The bytes go to
    /// <c>path.part</c> first and are moved into place once complete; an interrupted run's <c>.part</c> is resumed.
    /// </summary>
    public static async Task<Either<PreRecordedError, FetchedAudio>> FetchAsync(
        AudioHead head, string path, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        if (head.Length.Case is long expected && File.Exists(path) && new FileInfo(path).Length == expected)
        {
            return new FetchedAudio(path, expected, Skipped: true);
        }

        var written = await ResumableDownload.RunAsync(head.Jobs, head.JobId, path, progress, cancellationToken).ConfigureAwait(false);
        return written.Map(done => new FetchedAudio(path, done.Bytes, Skipped: false, done.ResumedFrom));
    }

    /// <summary>Each job's file name in its folder: the server's, or prefixed with the id when two jobs share one.</summary>
    public static IReadOnlyList<(AudioHead Head, string FileName)> Name(IReadOnlyList<AudioHead> heads)
    {
        var counts = heads.GroupBy(h => h.FileName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
        return [.. heads.Select(h => (h, counts[h.FileName] > 1 ? $"{h.JobId}-{h.FileName}" : h.FileName))];
    }
}

/// <summary>Progress reported straight to a callback (no synchronisation context to post to in a console).</summary>
internal sealed class ProgressCallback<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
