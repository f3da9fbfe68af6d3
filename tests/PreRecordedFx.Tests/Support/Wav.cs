using System.Text;

namespace PreRecordedFx.Tests;

/// <summary>PCM WAV files of silence (16 kHz, 16-bit), which the mock reads the duration and channels of.</summary>
public static class Wav
{
    public static byte[] Silence(double seconds, int channels = 1)
    {
        var data = (int)(seconds * 16_000) * 2 * channels;
        var bytes = new byte[44 + data];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BitConverter.TryWriteBytes(bytes.AsSpan(4), 36 + data);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        BitConverter.TryWriteBytes(bytes.AsSpan(16), 16);
        BitConverter.TryWriteBytes(bytes.AsSpan(20), (short)1);
        BitConverter.TryWriteBytes(bytes.AsSpan(22), (short)channels);
        BitConverter.TryWriteBytes(bytes.AsSpan(24), 16_000);
        BitConverter.TryWriteBytes(bytes.AsSpan(28), 32_000 * channels);
        BitConverter.TryWriteBytes(bytes.AsSpan(32), (short)(2 * channels));
        BitConverter.TryWriteBytes(bytes.AsSpan(34), (short)16);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        BitConverter.TryWriteBytes(bytes.AsSpan(40), data);
        return bytes;
    }

    /// <summary>A WAV of <paramref name="seconds"/> written to a new temporary file; the caller deletes it.</summary>
    public static string File(double seconds, int channels = 1)
    {
        var path = Path.Combine(Path.GetTempPath(), $"prerecordedfx-{Guid.NewGuid():N}.wav");
        System.IO.File.WriteAllBytes(path, Silence(seconds, channels));
        return path;
    }
}
