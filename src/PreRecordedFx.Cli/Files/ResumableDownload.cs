using System.Buffers;
using LanguageExt;

namespace PreRecordedFx.Cli;

/// <summary>
/// Downloads a job's audio into <c>name.part</c> beside the target, then renames it into place. A run that is
/// interrupted keeps the <c>.part</c> file, and the next run asks only for the rest (<c>Range: bytes=N-</c>); a server
/// that ignores the range sends the whole file, which then replaces the partial one.
/// </summary>
internal static class ResumableDownload
{
    /// <summary>The suffix of a file still being downloaded.</summary>
    public const string PartSuffix = ".part";

    // A connection that sends nothing for this long is given up (the bytes so far stay in the .part file).
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(60);

    /// <summary>Downloads into <paramref name="path"/>, resuming <paramref name="path"/>.part when there is one.</summary>
    /// <returns>The file's size and the byte it was resumed from (0: downloaded whole), or why not.</returns>
    public static async Task<Either<PreRecordedError, (long Bytes, long ResumedFrom)>> RunAsync(
        JobCollection jobs, string jobId, string path, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var part = path + PartSuffix;
        var have = File.Exists(part) ? new FileInfo(part).Length : 0;
        var opened = await jobs.Api.OpenFileFromAsync(jobId, have, cancellationToken).ConfigureAwait(false);
        if (opened.Case is PreRecordedError.ServiceError { StatusCode: 416 } && have > 0)
        {
            // The partial file is not a prefix of this file (it is as long or longer): start again.
            opened = await jobs.Api.OpenFileFromAsync(jobId, 0, cancellationToken).ConfigureAwait(false);
        }

        if (opened.Case is not AudioDownload audio)
        {
            return (PreRecordedError)opened.Case!;
        }

        await using (audio.ConfigureAwait(false))
        {
            var total = audio.Info.ContentLength.Map(length => audio.Offset + length);
            var copied = await CopyAsync(audio, part, total, progress, cancellationToken).ConfigureAwait(false);
            if (copied.Case is not long bytes)
            {
                return (PreRecordedError)copied.Case!;
            }

            try
            {
                File.Move(part, path, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new PreRecordedError.DestinationFailure(path, e.Message);
            }

            return (bytes, audio.Offset);
        }
    }

    private static async Task<Either<PreRecordedError, long>> CopyAsync(
        AudioDownload audio, string part, Option<long> total, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        FileStream file;
        try
        {
            // Offset 0: a fresh download, or a server that ignored the range; either way the file starts over.
            file = new FileStream(part, audio.Offset == 0 ? FileMode.Create : FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PreRecordedError.DestinationFailure(part, e.Message);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(81920);
        using var idle = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using (file.ConfigureAwait(false))
        {
            try
            {
                var written = audio.Offset;
                while (true)
                {
                    idle.CancelAfter(Idle);
                    var read = await ReadAsync(audio.Content, buffer, idle.Token, cancellationToken).ConfigureAwait(false);
                    if (read.Case is not int count)
                    {
                        return (PreRecordedError)read.Case!;
                    }

                    if (count == 0)
                    {
                        break;
                    }

                    try
                    {
                        await file.WriteAsync(buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
                    }
                    catch (IOException e)
                    {
                        return new PreRecordedError.DestinationFailure(part, e.Message);
                    }

                    written += count;
                    progress?.Report(new DownloadProgress(written, total));
                }

                return total.Case is long expected && expected != written
                    ? new PreRecordedError.MalformedResponse(200, $"the file ended after {written} of {expected} bytes", string.Empty)
                    : written;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    // A read that fails is the network's: a transport failure, or a timeout when the connection went quiet.
    private static async Task<Either<PreRecordedError, int>> ReadAsync(Stream content, byte[] buffer, CancellationToken idle, CancellationToken caller)
    {
        try
        {
            return await content.ReadAsync(buffer, idle).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!caller.IsCancellationRequested)
        {
            return new PreRecordedError.Timeout("file", Idle);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return new PreRecordedError.TransportFailure(e.Message);
        }
    }
}
