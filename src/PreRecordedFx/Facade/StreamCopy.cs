using System.Buffers;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Copies a download in constant memory (one pooled buffer), reporting progress and checking the length.</summary>
internal static class StreamCopy
{
    /// <summary>The size asked of the pool, as <see cref="Stream.CopyToAsync(Stream)"/> asks for a non-seekable source.</summary>
    public const int BufferSize = 81920;

    public static async Task<Either<PreRecordedError, long>> CopyAsync(
        Stream source, Stream destination, AudioFileInfo info, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            // The whole rented array (the pool rounds 81,920 up to 128 KiB), as Stream.CopyToAsync reads: slicing it
            // back to 80 KiB made 1.6 times as many reads as that baseline for the same file.
            var chunk = buffer.AsMemory();
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
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
