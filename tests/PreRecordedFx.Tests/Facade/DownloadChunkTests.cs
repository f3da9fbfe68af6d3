using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>
/// The download copy loop reads as <see cref="Stream.CopyToAsync(Stream)"/> does (the benchmark's baseline), so a large
/// file costs the same number of reads, and still writes, counts and reports every byte.
/// </summary>
public sealed class DownloadChunkTests
{
    private const int Size = (1024 * 1024) + 17; // several chunks and a short last one

    [Fact]
    public async Task A_download_offers_each_read_as_much_room_as_CopyToAsync_does()
    {
        var baseline = new RecordingStream(Size);
        await baseline.CopyToAsync(Stream.Null);
        var body = new RecordingStream(Size);
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(body, "audio/wav", Size)));

        RightOf(await client.PreRecorded().DownloadFileAsync("job-1", Stream.Null));

        Assert.Equal(baseline.Offered.Distinct(), body.Offered.Distinct());
        Assert.Equal(baseline.Offered.Count, body.Offered.Count);
    }

    [Fact]
    public async Task A_download_of_several_chunks_writes_counts_and_reports_every_byte()
    {
        var body = new RecordingStream(Size);
        var seen = new List<DownloadProgress>();
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(body, "audio/wav", Size)));
        using var destination = new MemoryStream();

        var written = RightOf(await client.PreRecorded().DownloadFileAsync("job-1", destination, new SyncProgress(seen.Add)));

        Assert.Equal(Size, written);
        Assert.Equal(Size, destination.Length);
        // Arrays, compared as spans: the same check as a sequence comparison of a megabyte, without its second or two.
        Assert.Equal(Enumerable.Range(0, Size).Select(RecordingStream.ByteAt).ToArray(), destination.ToArray());
        Assert.Equal(body.Offered.Count - 1, seen.Count); // one report per non-empty read
        Assert.Equal(new DownloadProgress(Size, (long)Size), seen[^1]);
        var received = seen.Select(progress => progress.BytesReceived).ToList();
        Assert.Equal(received.Order().Distinct(), received); // strictly increasing
    }

    /// <summary>A body of known bytes that records how much room each read offered.</summary>
    private sealed class RecordingStream(int length) : Stream
    {
        private int position;

        public List<int> Offered { get; } = [];

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public static byte ByteAt(int index) => (byte)(index % 251);

        public override int Read(Span<byte> buffer)
        {
            Offered.Add(buffer.Length);
            var count = Math.Min(buffer.Length, length - position);
            for (var i = 0; i < count; i++)
            {
                buffer[i] = ByteAt(position + i);
            }

            position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class SyncProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
