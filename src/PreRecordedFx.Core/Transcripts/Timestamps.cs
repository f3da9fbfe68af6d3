using System.Globalization;

namespace PreRecordedFx;

/// <summary>Cue timestamps exactly as SRT and WebVTT spell them: two-digit hours at least, milliseconds always.</summary>
public static class Timestamps
{
    /// <summary>Formats a time for SRT: <c>00:01:02,345</c> (a comma before the milliseconds).</summary>
    /// <param name="seconds">Seconds from the audio's start; negative or not-a-number counts as 0.</param>
    /// <returns>The timestamp.</returns>
    public static string Srt(double seconds) => Format(seconds, ',');

    /// <summary>Formats a time for WebVTT: <c>00:01:02.345</c> (a full stop before the milliseconds).</summary>
    /// <param name="seconds">Seconds from the audio's start; negative or not-a-number counts as 0.</param>
    /// <returns>The timestamp.</returns>
    public static string Vtt(double seconds) => Format(seconds, '.');

    /// <summary>The longest time written, in milliseconds (about 31 years): a bigger or infinite time is capped, not overflowed.</summary>
    public const long MaxMilliseconds = 1_000_000_000_000_000;

    /// <summary>The time in whole milliseconds, rounded half away from zero; 0 for a negative or undefined time.</summary>
    /// <param name="seconds">Seconds from the audio's start.</param>
    /// <returns>Milliseconds, at most <see cref="MaxMilliseconds"/>.</returns>
    public static long Milliseconds(double seconds) =>
        double.IsNaN(seconds) || seconds <= 0 ? 0 : (long)Math.Min(Math.Round(seconds * 1000, MidpointRounding.AwayFromZero), MaxMilliseconds);

    private static string Format(double seconds, char separator)
    {
        var total = Milliseconds(seconds);
        var hours = total / 3_600_000;
        var minutes = total / 60_000 % 60;
        var wholeSeconds = total / 1000 % 60;
        var millis = total % 1000;
        return string.Create(CultureInfo.InvariantCulture, $"{hours:00}:{minutes:00}:{wholeSeconds:00}{separator}{millis:000}");
    }
}
