using static PreRecordedFx.Tests.Support;
using static PreRecordedFx.Tests.TranscriptJobs;

namespace PreRecordedFx.Tests;

public sealed class TranscriptRenderingTests
{
    private static readonly Job TwoSpeakers = Done(
        Said(0.5, 2.25, "Hello there.", speaker: 0),
        Said(62.345, 65, "General Kenobi!", speaker: 1));

    [Fact]
    public void Plain_text_is_one_line_per_utterance_with_its_speaker() =>
        Assert.Equal("Speaker 0: Hello there.\nSpeaker 1: General Kenobi!\n", Right(Transcripts.PlainText(TwoSpeakers)));

    [Fact]
    public void Plain_text_without_diarization_has_no_speaker_labels() =>
        Assert.Equal("Hello.\nBye.\n", Right(Transcripts.PlainText(Done(Said(0, 1, " Hello. "), Said(1, 2, "Bye.")))));

    [Fact]
    public void Srt_numbers_each_cue_and_separates_them_with_a_blank_line() =>
        Assert.Equal(
            "1\n00:00:00,500 --> 00:00:02,250\nHello there.\n\n2\n00:01:02,345 --> 00:01:05,000\nGeneral Kenobi!\n\n",
            Right(Transcripts.Srt(TwoSpeakers)));

    [Fact]
    public void Vtt_starts_with_its_header_and_uses_full_stops_in_times() =>
        Assert.Equal(
            "WEBVTT\n\n00:00:00.500 --> 00:00:02.250\nHello there.\n\n00:01:02.345 --> 00:01:05.000\nGeneral Kenobi!\n\n",
            Right(Transcripts.Vtt(TwoSpeakers)));

    [Fact]
    public void A_transcript_with_nothing_said_is_an_empty_document()
    {
        var silent = Done(Said(0, 1, "  "));
        Assert.Equal(string.Empty, Right(Transcripts.Srt(silent)));
        Assert.Equal("WEBVTT\n\n", Right(Transcripts.Vtt(silent)));
        Assert.Equal(string.Empty, Right(Transcripts.PlainText(silent)));
    }

    [Fact]
    public void A_long_utterance_is_spread_over_cues_of_at_most_the_configured_lines()
    {
        var job = Done(Said(10, 20, "aaaa bbbb cccc dddd eeee"));
        var cues = Right(Transcripts.Cues(job, new TranscriptOptions(MaxLineLength: 9, MaxLinesPerCue: 2)));
        Assert.Equal(2, cues.Count);
        Assert.Equal(["aaaa bbbb", "cccc dddd"], cues[0].Lines);
        Assert.Equal(["eeee"], cues[1].Lines);
    }

    [Fact]
    public void Each_cue_gets_a_share_of_the_utterance_time_in_proportion_to_its_text()
    {
        var job = Done(Said(10, 20, "aaaa bbbb cccc dddd"));
        var cues = Right(Transcripts.Cues(job, new TranscriptOptions(MaxLineLength: 4, MaxLinesPerCue: 1)));
        Assert.Equal([10.0, 12.5, 15.0, 17.5], cues.Select(c => c.Start));
        Assert.Equal([12.5, 15.0, 17.5, 20.0], cues.Select(c => c.End));
    }

    [Fact]
    public void An_utterance_ending_before_it_starts_gets_no_time_rather_than_negative_time()
    {
        var cues = Right(Transcripts.Cues(Done(Said(5, 4, "a b")), new TranscriptOptions(1, 1)));
        Assert.All(cues, cue => Assert.Equal(5, cue.Start));
        Assert.All(cues, cue => Assert.Equal(5, cue.End));
    }

    [Fact]
    public void Srt_writes_every_line_of_a_cue()
    {
        var srt = Right(Transcripts.Srt(Done(Said(0, 4, "one two three")), new TranscriptOptions(MaxLineLength: 7, MaxLinesPerCue: 2)));
        Assert.Equal("1\n00:00:00,000 --> 00:00:04,000\none two\nthree\n\n", srt);
    }

    [Fact]
    public void Default_layout_keeps_lines_within_42_characters_and_two_lines_a_cue()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 40));
        var cues = Right(Transcripts.Cues(Done(Said(0, 40, words))));
        Assert.All(cues, cue => Assert.InRange(cue.Lines.Count, 1, 2));
        Assert.All(cues.SelectMany(c => c.Lines), line => Assert.InRange(line.Length, 1, 42));
        Assert.Equal(words, string.Join(' ', cues.SelectMany(c => c.Lines)));
    }

    [Fact]
    public void Cjk_and_right_to_left_text_reach_the_file_intact()
    {
        var job = Done(Said(0, 1, "今日は良い天気ですね"), Said(1, 2, "مرحبا بالعالم"));
        var vtt = Right(Transcripts.Vtt(job));
        Assert.Contains("\n今日は良い天気ですね\n", vtt, StringComparison.Ordinal);
        Assert.Contains("\nمرحبا بالعالم\n", vtt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(10, 0)]
    public void A_layout_without_room_for_text_is_an_invalid_argument(int lineLength, int lines)
    {
        var error = LeftOf<PreRecordedError.InvalidArgument, string>(Transcripts.Srt(TwoSpeakers, new TranscriptOptions(lineLength, lines)));
        Assert.Equal("options", error.Parameter);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("processing")]
    [InlineData("error")]
    public void A_job_without_a_transcript_is_an_invalid_argument_naming_it(string status)
    {
        var job = Without(new JobStatus(status));
        foreach (var rendered in new[] { Transcripts.PlainText(job), Transcripts.Srt(job), Transcripts.Vtt(job), Transcripts.Subtitles(job, SubtitleFormat.Vtt) })
        {
            var error = LeftOf<PreRecordedError.InvalidArgument, string>(rendered);
            Assert.Equal("job", error.Parameter);
            Assert.Equal($"job {job.Id} has no transcript (its status is {status})", error.Reason);
        }
    }

    [Fact]
    public void A_done_job_without_a_transcription_is_refused_too()
    {
        var job = Without(JobStatus.Done) with { };
        var noTranscription = new Job(job.Id, job.RequestId, 2, JobStatus.Done, job.CreatedAt, Result: new JobResult(new ResultMetadata(1, 1, 1, 1)));
        Assert.IsType<PreRecordedError.InvalidArgument>(Left(Transcripts.PlainText(noTranscription)));
    }

    [Fact]
    public void Rendering_a_null_job_is_a_programming_error() =>
        Assert.Throws<ArgumentNullException>(() => Transcripts.PlainText(null!));

    [Theory]
    [InlineData(SubtitleFormat.Srt, "SRT")]
    [InlineData(SubtitleFormat.Vtt, "vtt")]
    public void Gladias_own_subtitles_are_preferred_when_the_job_has_them(SubtitleFormat format, string wireFormat)
    {
        var job = WithTranscription(new Transcription("x", ["en"], [Said(0, 1, "rendered")], Subtitles: [new Subtitle("other", "no"), new Subtitle(wireFormat, "gladia's own")]));
        Assert.Equal("gladia's own", Right(Transcripts.Subtitles(job, format)));
    }

    [Theory]
    [InlineData(SubtitleFormat.Srt, "1\n00:00:00,000 --> 00:00:01,000\nrendered\n\n")]
    [InlineData(SubtitleFormat.Vtt, "WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nrendered\n\n")]
    public void Subtitles_are_rendered_from_utterances_when_gladia_sent_none_in_that_format(SubtitleFormat format, string expected)
    {
        var other = format == SubtitleFormat.Srt ? "vtt" : "srt";
        var job = WithTranscription(new Transcription("x", ["en"], [Said(0, 1, "rendered")], Subtitles: [new Subtitle(other, "not this")]));
        Assert.Equal(expected, Right(Transcripts.Subtitles(job, format)));
    }

    [Fact]
    public void Rendered_subtitles_follow_the_layout_given() =>
        Assert.Equal(
            "WEBVTT\n\n00:00:00.000 --> 00:00:00.500\nab\n\n00:00:00.500 --> 00:00:01.000\ncd\n\n",
            Right(Transcripts.Subtitles(Done(Said(0, 1, "ab cd")), SubtitleFormat.Vtt, new TranscriptOptions(2, 1))));
}
