using PreRecordedFx.MockServer;

namespace PreRecordedFx.Tests;

/// <summary>WAV files of silence from the mock's <see cref="SampleAudio"/>, which the mock reads the duration and channels of.</summary>
public static class Wav
{
    public static byte[] Silence(double seconds, int channels = 1) => SampleAudio.Wav(seconds, channels);

    /// <summary>A WAV of <paramref name="seconds"/> written to a new temporary file; the caller deletes it.</summary>
    public static string File(double seconds, int channels = 1)
    {
        var path = Path.Combine(Path.GetTempPath(), $"prerecordedfx-{Guid.NewGuid():N}.wav");
        System.IO.File.WriteAllBytes(path, Silence(seconds, channels));
        return path;
    }
}
