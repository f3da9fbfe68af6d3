using System.Globalization;
using LanguageExt;

namespace PreRecordedFx.Cli;

/// <summary>A job as a person reads it: what it is, where it stands, what it produced.</summary>
internal static class JobSummary
{
    public static IReadOnlyList<(string Name, string Value)> Of(Job job)
    {
        var transcription = job.Result.Bind(r => r.Transcription);
        return
        [
            ("id", job.Id),
            ("kind", job.Kind),
            ("status", job.Status.Value),
            ("created", Formats.Instant(job.CreatedAt)),
            ("completed", job.CompletedAt.Match(Some: Formats.Instant, None: () => "-")),
            ("file", job.File.Match(Some: File, None: () => "-")),
            ("languages", transcription.Match(Some: t => t.Languages.Count > 0 ? string.Join(", ", t.Languages) : "-", None: () => "-")),
            ("speakers", transcription.Match(Some: Speakers, None: () => "-")),
            ("add-ons", job.Result.Match(Some: AddOns, None: () => "-")),
            ("error code", job.ErrorCode.Match(Some: code => code.ToString(CultureInfo.InvariantCulture), None: () => "-")),
        ];
    }

    /// <summary>The summary as <c>name:&lt;tab&gt;value</c> lines, as <c>get</c> writes it to a pipe.</summary>
    public static IEnumerable<string> Lines(Job job) => Of(job).Select(pair => $"{pair.Name}:\t{pair.Value}");

    private static string File(JobFile file) =>
        $"{file.Filename.IfNone(file.Id)} ({file.AudioDuration.Match(Some: Formats.Duration, None: () => "unknown length")})";

    private static string Speakers(Transcription transcription)
    {
        var speakers = transcription.Utterances.SelectMany(u => u.Speaker.ToSeq()).Distinct().Count();
        return speakers == 0 ? "-" : speakers.ToString(CultureInfo.InvariantCulture);
    }

    private static string AddOns(JobResult result) =>
        result.PresentAddOns.Count == 0 ? "none" : string.Join(", ", result.PresentAddOns.Select(addOn => addOn.Name.Replace('_', ' ')));
}
