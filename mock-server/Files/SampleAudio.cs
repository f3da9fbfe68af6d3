namespace PreRecordedFx.MockServer;

/// <summary>
/// Audio to upload to the mock when you have none at hand: a PCM WAV of silence (16 kHz, 16-bit), whose duration and
/// channels the mock reads back into the job, as Gladia reads a real file's.
/// </summary>
public static class SampleAudio
{
    /// <summary>A WAV of silence.</summary>
    /// <param name="seconds">Its duration (rounded to whole frames, 16 per millisecond).</param>
    /// <param name="channels">1 or 2.</param>
    /// <returns>The whole file: a 44-byte header and its samples.</returns>
    public static byte[] Wav(double seconds, int channels = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, 2);
        var format = Files.WavFormat.For(seconds, channels);
        var file = new byte[format.TotalLength];
        format.Header().CopyTo(file, 0);
        return file;
    }
}
