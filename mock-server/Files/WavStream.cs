using PreRecordedFx.MockServer.Seeding;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// A playable WAV file computed on demand: any byte at any position is derived from the job's seed, so the
/// stream is seekable (ASP.NET serves HTTP Range requests from it) and an hour of audio never sits in memory.
/// Each channel hums at its own pitch and switches between "speech" and silence every quarter second.
/// </summary>
internal sealed class WavStream : Stream
{
    private const int FramesPerBlock = WavFormat.SampleRate / 4;
    private const short Loudness = 6_000;

    // One period of a 1 Hz sine at the sample rate: a tone of f Hz reads index (frame × f) mod rate.
    private static readonly double[] Sine = [.. Enumerable.Range(0, WavFormat.SampleRate).Select(i => Math.Sin(2 * Math.PI * i / WavFormat.SampleRate))];

    private readonly WavFormat format;
    private readonly byte[] header;
    private readonly long voice;
    private readonly int[] pitches;
    private long position;

    public WavStream(WavFormat format, long voice)
    {
        this.format = format;
        this.voice = voice;
        header = format.Header();
        pitches = [.. Enumerable.Range(0, format.Channels).Select(c => 140 + (int)(Hashing.Mix(voice, c, 0xF0) % 260))];
    }

    /// <summary>A stable per-job voice (FNV-1a of the id: string hash codes are randomised per process).</summary>
    public static long VoiceOf(string jobId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in jobId)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => format.TotalLength;

    public override long Position
    {
        get => position;
        set => position = Math.Clamp(value, 0, Length);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var count = (int)Math.Min(buffer.Length, Length - position);
        for (var i = 0; i < count; i++)
        {
            buffer[i] = ByteAt(position + i);
        }

        position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => position + offset,
        _ => Length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private byte ByteAt(long at)
    {
        if (at < WavFormat.HeaderLength)
        {
            return header[at];
        }

        var dataOffset = at - WavFormat.HeaderLength;
        var sampleIndex = dataOffset / 2;
        var sample = Sample(sampleIndex / format.Channels, (int)(sampleIndex % format.Channels));
        return (dataOffset & 1) == 0 ? (byte)(sample & 0xFF) : (byte)((sample >> 8) & 0xFF);
    }

    private short Sample(long frame, int channel)
    {
        var block = frame / FramesPerBlock;
        var speaking = Hashing.Mix(voice, (block * format.Channels) + channel, 0x5EEC) % 100 < 60;
        if (!speaking)
        {
            return 0;
        }

        var phase = (int)(frame * pitches[channel] % WavFormat.SampleRate);
        return (short)(Loudness * Sine[phase]);
    }
}
