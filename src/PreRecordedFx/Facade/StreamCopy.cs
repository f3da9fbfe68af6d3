using System.Buffers;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Copies a download in constant memory (one pooled buffer), reporting progress and checking the length.</summary>
internal static class StreamCopy
{
    public const int BufferSize = 81920; // below the large-object heap threshold, as Stream.CopyToAsync uses

    public static async Task<Either<PreRecordedError, long>> CopyAsync(
        Stream source, Stream destination, AudioFileInfo info, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                total += read;
                progress?.Report(new DownloadProgress(total, info.ContentLength));
            }

            await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
            return info.ContentLength.Match(
                Some: expected => expected == total
                    ? Either<PreRecordedError, long>.Right(total)
                    : new PreRecordedError.MalformedResponse(200, $"the file ended after {total} of {expected} bytes", string.Empty),
                None: () => total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
