using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A read-only view of an upload's source that reports the bytes read so far. It never disposes the source (the
/// caller's, or the file the façade opened), and its <see cref="Position"/> can be set back when the source can seek, so
/// a refused attempt can be sent again from the start.
/// </summary>
internal sealed class CountingStream(Stream source, IProgress<UploadProgress>? progress) : Stream
{
    // Where the upload starts in a seekable source (its bytes before are not sent), and how many bytes it will send.
    private readonly long start = source.CanSeek ? source.Position : 0;
    private readonly Option<long> total = source.CanSeek ? source.Length - source.Position : Option<long>.None;
    private long sent;

    public override bool CanRead => true;

    public override bool CanSeek => source.CanSeek;

    public override bool CanWrite => false;

    public override long Length => source.Length - start;

    // StreamContent sets it back to 0 (where it found it) to send the body again after a refused attempt.
    public override long Position
    {
        get => source.Position - start;
        set
        {
            // Stryker disable once Statement: StreamContent only ever sets 0, so no test through it can see the guard go.
            ArgumentOutOfRangeException.ThrowIfNotEqual(value, 0);
            source.Position = start;
            sent = 0;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(source.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    // StreamContent rewinds a resent body with Position; nothing else seeks it.
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        if (read > 0)
        {
            sent += read;
            progress?.Report(new UploadProgress(sent, total));
        }

        return read;
    }
}
