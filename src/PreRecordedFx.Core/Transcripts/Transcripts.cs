using System.Globalization;
using System.Text;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A done job's transcript as plain text, SRT or WebVTT, built from its utterances. Pure functions: a job without a
/// transcript (queued, processing, failed) or invalid options give a <see cref="PreRecordedError.InvalidArgument"/>.
/// </summary>
/// <example><code>
/// var srt = Transcripts.Srt(job).Match(Right: text => text, Left: error => error.Message);
/// </code></example>
public static class Transcripts
{
    /// <summary>The transcript as text: one paragraph per utterance, prefixed with its speaker when diarization was on.</summary>
    /// <param name="job">A done job.</param>
    /// <returns>The text (an empty string when nothing was said), or why there is none.</returns>
    public static Either<PreRecordedError, string> PlainText(Job job) =>
        Of(job).Map(transcription =>
        {
            var text = new StringBuilder();
            foreach (var utterance in Spoken(transcription))
            {
                utterance.Speaker.IfSome(speaker => text.Append(CultureInfo.InvariantCulture, $"Speaker {speaker}: "));
                text.Append(utterance.Text.Trim()).Append('\n');
            }

            return text.ToString();
        });

    /// <summary>The transcript as SubRip (<c>.srt</c>), rendered from the utterances.</summary>
    /// <param name="job">A done job.</param>
    /// <param name="options">Line length and lines per cue; <see cref="TranscriptOptions.Default"/> when <c>null</c>.</param>
    /// <returns>The file's content, or why there is none.</returns>
    public static Either<PreRecordedError, string> Srt(Job job, TranscriptOptions? options = null) =>
        Cues(job, options).Map(cues =>
        {
            var text = new StringBuilder();
            var number = 0;
            foreach (var cue in cues)
            {
                text.Append(++number).Append('\n');
                text.Append(Timestamps.Srt(cue.Start)).Append(" --> ").Append(Timestamps.Srt(cue.End)).Append('\n');
                AppendLines(text, cue);
            }

            return text.ToString();
        });

    /// <summary>The transcript as WebVTT (<c>.vtt</c>), rendered from the utterances.</summary>
    /// <param name="job">A done job.</param>
    /// <param name="options">Line length and lines per cue; <see cref="TranscriptOptions.Default"/> when <c>null</c>.</param>
    /// <returns>The file's content, starting with <c>WEBVTT</c>, or why there is none.</returns>
    public static Either<PreRecordedError, string> Vtt(Job job, TranscriptOptions? options = null) =>
        Cues(job, options).Map(cues =>
        {
            var text = new StringBuilder("WEBVTT\n\n");
            foreach (var cue in cues)
            {
                text.Append(Timestamps.Vtt(cue.Start)).Append(" --> ").Append(Timestamps.Vtt(cue.End)).Append('\n');
                AppendLines(text, cue);
            }

            return text.ToString();
        });

    /// <summary>
    /// Subtitles in <paramref name="format"/>: Gladia's own when the job asked for them in that format, otherwise
    /// rendered from the utterances (<see cref="Srt"/>, <see cref="Vtt"/>).
    /// </summary>
    /// <param name="job">A done job.</param>
    /// <param name="format">The format wanted.</param>
    /// <param name="options">How to lay out rendered subtitles; Gladia's own are returned as sent.</param>
    /// <returns>The file's content, or why there is none.</returns>
    public static Either<PreRecordedError, string> Subtitles(Job job, SubtitleFormat format, TranscriptOptions? options = null)
    {
        var wanted = format == SubtitleFormat.Srt ? "srt" : "vtt";
        return Of(job).Bind(transcription =>
            transcription.Subtitles.FirstOrDefault(s => string.Equals(s.Format, wanted, StringComparison.OrdinalIgnoreCase)) is { } own
                ? Either<PreRecordedError, string>.Right(own.Text)
                : format == SubtitleFormat.Srt ? Srt(job, options) : Vtt(job, options));
    }

    /// <summary>
    /// The cues subtitles are made of: each utterance's text broken into lines, and a long utterance spread over
    /// several cues, its time shared out in proportion to each cue's share of the text.
    /// </summary>
    /// <param name="job">A done job.</param>
    /// <param name="options">Line length and lines per cue; <see cref="TranscriptOptions.Default"/> when <c>null</c>.</param>
    /// <returns>The cues in utterance order, or why there are none.</returns>
    public static Either<PreRecordedError, IReadOnlyList<Cue>> Cues(Job job, TranscriptOptions? options = null)
    {
        var layout = options ?? TranscriptOptions.Default;
        if (layout.MaxLineLength < 1 || layout.MaxLinesPerCue < 1)
        {
            return new PreRecordedError.InvalidArgument(nameof(options), "a line must hold at least one character and a cue at least one line");
        }

        return Of(job).Map(transcription => (IReadOnlyList<Cue>)[.. Spoken(transcription).SelectMany(u => Split(u, layout))]);
    }

    private static Either<PreRecordedError, Transcription> Of(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Result.Bind(result => result.Transcription).ToEither(
            (PreRecordedError)new PreRecordedError.InvalidArgument(nameof(job), $"job {job.Id} has no transcript (its status is {job.Status})"));
    }

    private static IEnumerable<Utterance> Spoken(Transcription transcription) =>
        transcription.Utterances.Where(u => !string.IsNullOrWhiteSpace(u.Text));

    private static IEnumerable<Cue> Split(Utterance utterance, TranscriptOptions layout)
    {
        var lines = LineBreaker.Split(utterance.Text, layout.MaxLineLength);
        var total = lines.Sum(line => line.Length);
        var duration = Math.Max(0, utterance.End - utterance.Start);
        var before = 0;
        foreach (var chunk in lines.Chunk(layout.MaxLinesPerCue))
        {
            var length = chunk.Sum(line => line.Length);
            yield return new Cue(
                utterance.Start + (duration * before / total),
                utterance.Start + (duration * (before + length) / total),
                chunk);
            before += length;
        }
    }

    private static void AppendLines(StringBuilder text, Cue cue)
    {
        foreach (var line in cue.Lines)
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n');
    }
}
