using System.Globalization;
using System.Text.Json;

namespace PreRecordedFx.Cli;

/// <summary>How jobs' fields read on screen and in plain output: stable, culture-independent text.</summary>
internal static class Formats
{
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Duration(JobEnvelope job) => job.AudioDuration.Match(Some: Duration, None: () => "-");

    public static string Duration(double seconds)
    {
        var time = TimeSpan.FromSeconds(Math.Round(seconds));
        return time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{time.Minutes}:{time.Seconds:00}");
    }

    public static string Hours(double seconds) => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600:0.##} h");

    public static string Metadata(JobEnvelope job) => job.CustomMetadata.Match(
        Some: pairs => string.Join(",", pairs.Select(p => $"{p.Key}={Value(p.Value)}")),
        None: () => string.Empty);

    public static double AudioSeconds(JobEnvelope job) => job.AudioDuration.IfNone(0);

    private static string Value(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
