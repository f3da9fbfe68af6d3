using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A read-only view of an upload's source that reports the bytes read so far. It never disposes the source (the
/// caller's, or the file the façade opened), and it can be rewound when the source can, so a refused attempt can be
/// sent again from the start.
/// </summary>
internal sealed class CountingStream(Stream source, long? total, IProgress<UploadProgress>? progress) : Stream
{
    private readonly long start = source.CanSeek ? source.Position : 0;
    private long sent;

    public override bool CanRead => true;

    public override bool CanSeek => source.CanSeek;

    public override bool CanWrite => false;

    public override long Length => source.Length - start;

    public override long Position
    {
        get => source.Position - start;
        set
        {
            source.Position = start + value;
            sent = value;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(source.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin)
    {
        var position = source.Seek(origin == SeekOrigin.Begin ? start + offset : offset, origin) - start;
        sent = position;
        return position;
    }

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
            progress?.Report(new UploadProgress(sent, total is { } size ? size : Option<long>.None));
        }

        return read;
    }
}
