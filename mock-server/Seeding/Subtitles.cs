using System.Globalization;
using System.Text;

namespace PreRecordedFx.MockServer.Seeding;

/// <summary>SRT and WebVTT files built from utterances: one cue per utterance, at its times.</summary>
internal static class Subtitles
{
    public static Subtitle For(string format, IReadOnlyList<Utterance> utterances) =>
        format == "vtt" ? new Subtitle("vtt", Vtt(utterances)) : new Subtitle("srt", Srt(utterances));

    public static string Srt(IReadOnlyList<Utterance> utterances)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < utterances.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(CultureInfo.InvariantCulture, $"{i + 1}\n{Stamp(utterances[i].Start, ',')} --> {Stamp(utterances[i].End, ',')}\n{utterances[i].Text}\n");
        }

        return builder.ToString();
    }

    public static string Vtt(IReadOnlyList<Utterance> utterances)
    {
        var builder = new StringBuilder("WEBVTT\n");
        foreach (var utterance in utterances)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\n{Stamp(utterance.Start, '.')} --> {Stamp(utterance.End, '.')}\n{utterance.Text}\n");
        }

        return builder.ToString();
    }

    // hh:mm:ss,mmm for SRT, hh:mm:ss.mmm for VTT.
    private static string Stamp(double seconds, char separator)
    {
        var time = TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}{separator}{time.Milliseconds:000}");
    }
}
