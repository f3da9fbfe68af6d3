using System.Buffers.Binary;

namespace PreRecordedFx.MockServer.Files;

/// <summary>The shape of the mock's audio: 16 kHz, 16-bit PCM, one or two channels, in a canonical 44-byte RIFF header.</summary>
internal sealed record WavFormat(int Channels, long Frames)
{
    public const int SampleRate = 16_000;
    public const int BitsPerSample = 16;
    public const int HeaderLength = 44;

    public int BlockAlign => Channels * (BitsPerSample / 8);

    public long DataLength => Frames * BlockAlign;

    public long TotalLength => HeaderLength + DataLength;

    /// <summary>The format for a duration, rounded to whole frames (16 per millisecond).</summary>
    public static WavFormat For(double durationSeconds, int channels) =>
        new(Math.Max(1, channels), (long)Math.Round(durationSeconds * SampleRate));

    public byte[] Header()
    {
        var header = new byte[HeaderLength];
        var span = header.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(36 + DataLength));
        "WAVE"u8.CopyTo(span[8..]);
        "fmt "u8.CopyTo(span[12..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1); // PCM
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(SampleRate * BlockAlign));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)BlockAlign);
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], BitsPerSample);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)DataLength);
        return header;
    }
}
