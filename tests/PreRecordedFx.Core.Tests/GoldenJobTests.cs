using System.Text.Json;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>The captured jobs in Fixtures/ parse to exactly the values they carry, field by field.</summary>
public sealed class GoldenJobTests
{
    private static Job Parse(string fixture) => Right(Responses.ParseJob(FixtureExchange(200, fixture)));

    [Fact]
    public void Done_job_top_level_fields_parse_exactly()
    {
        var job = Parse("job-done.json");

        Assert.Equal("45463597-20b7-4af7-b3b3-f5fb778203ab", job.Id);
        Assert.Equal("G-45463597", job.RequestId);
        Assert.Equal(2, job.Version);
        Assert.Equal(JobStatusKind.Done, job.Status.Kind);
        Assert.Equal(JobStatus.Done, job.Status);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 10, 38, 12, 431, TimeSpan.Zero), job.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 10, 38, 40, 102, TimeSpan.Zero), Some(job.CompletedAt));
        Assert.True(job.ErrorCode.IsNone);
        Assert.Equal("pre-recorded", job.Kind);
        Assert.True(Some(job.PostSessionMetadata).GetProperty("debug").GetBoolean());
    }

    [Fact]
    public void Done_job_custom_metadata_keeps_each_value_with_its_json_type()
    {
        var metadata = Some(Parse("job-done.json").CustomMetadata);

        Assert.Equal(["user", "n"], metadata.Keys);
        Assert.Equal("John Doe", metadata["user"].GetString());
        Assert.Equal(42, metadata["n"].GetInt32());
    }

    [Fact]
    public void Done_job_file_parses_every_field()
    {
        var file = Some(Parse("job-done.json").File);

        Assert.Equal(
            new JobFile("f2d1c8a4-5b6e-4c2d-9a1b-3e4f5a6b7c8d", "meeting.wav", "https://example.com/meeting.wav", 12.5, 2),
            file);
    }

    [Fact]
    public void Done_job_request_params_types_the_known_options()
    {
        var options = Some(Parse("job-done.json").RequestParams);

        Assert.Equal("https://example.com/meeting.wav", Some(options.AudioUrl));
        Assert.Equal("solaria-1", Some(options.Model));
        var language = Some(options.LanguageConfig);
        Assert.Equal(["en"], language.Languages);
        Assert.False(language.CodeSwitching);
        Assert.Equal(Option<bool>.Some(true), options.Diarization);
        Assert.Equal(Option<bool>.Some(true), options.Subtitles);
        Assert.Equal("srt", Some(options.SubtitlesConfig).GetProperty("formats")[0].GetString());
        Assert.Equal(Option<bool>.Some(false), options.Translation);
        Assert.Equal(Option<bool>.Some(true), options.Summarization);
        Assert.Equal(Option<bool>.Some(false), options.Sentences);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    public void Language_config_with_null_or_no_languages_expects_none(string languages)
    {
        var body = Fixture("job-done.json").Replace("{ \"languages\": [\"en\"]", $"{{ \"languages\": {languages}", StringComparison.Ordinal);

        var config = Some(Right(Responses.ParseJob(Json(200, body))).RequestParams.Bind(p => p.LanguageConfig));

        Assert.Empty(config.Languages);
    }

    [Fact]
    public void Done_job_request_params_keep_unknown_members_in_Other()
    {
        var options = Some(Parse("job-done.json").RequestParams);

        Assert.Equal(["callback_url", "pii_redaction"], options.Other.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("https://hooks.example.com/done", options.Other["callback_url"].GetString());
        Assert.Equal(JsonValueKind.False, options.Other["pii_redaction"].ValueKind);
    }

    [Fact]
    public void Done_job_result_metadata_parses_exactly()
    {
        var result = Some(Parse("job-done.json").Result);

        Assert.Equal(new ResultMetadata(12.5, 2, 25.0, 3.217), result.Metadata);
    }

    [Fact]
    public void Done_job_transcription_parses_text_languages_and_subtitles()
    {
        var transcription = Some(Some(Parse("job-done.json").Result).Transcription);

        Assert.Equal("Hello there. General Kenobi.", transcription.FullTranscript);
        Assert.Equal(["en"], transcription.Languages);
        Assert.Empty(transcription.Sentences);
        var subtitle = Assert.Single(transcription.Subtitles);
        Assert.Equal("srt", subtitle.Format);
        Assert.StartsWith("1\n00:00:00,500 --> 00:00:01,520\nHello there.\n", subtitle.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Done_job_utterances_and_words_parse_exactly()
    {
        var utterances = Some(Some(Parse("job-done.json").Result).Transcription).Utterances;

        Assert.Equal(2, utterances.Count);
        var first = utterances[0];
        Assert.Equal((0.5, 1.52, 0.97, 0, "Hello there.", "en"), (first.Start, first.End, first.Confidence, first.Channel, first.Text, first.Language));
        Assert.Equal(Option<int>.Some(0), first.Speaker);
        Assert.Equal([new Word("Hello", 0.5, 0.9, 0.98), new Word(" there.", 0.95, 1.52, 0.96)], first.Words);
        var second = utterances[1];
        Assert.Equal((2.1, 3.4, 1, "General Kenobi."), (second.Start, second.End, second.Channel, second.Text));
        Assert.Equal(Option<int>.Some(1), second.Speaker);
        Assert.Equal(["General", " Kenobi."], second.Words.Select(w => w.Text));
    }

    [Fact]
    public void Done_job_add_on_envelopes_are_typed_and_results_stay_raw()
    {
        var result = Some(Parse("job-done.json").Result);

        var summary = Some(result.Summarization);
        Assert.Equal((true, false, 1.25), (summary.Success, summary.IsEmpty, summary.ExecTime));
        Assert.True(summary.Error.IsNone);
        Assert.Equal("A greeting is exchanged.", Some(summary.Results).GetString());

        var sentiment = Some(Some(result.SentimentAnalysis).Results);
        Assert.Equal(JsonValueKind.Array, sentiment.ValueKind);
        Assert.Equal("positive", sentiment[0].GetProperty("sentiment").GetString());
    }

    [Fact]
    public void Done_job_failed_add_on_carries_its_error_and_no_results()
    {
        var translation = Some(Some(Parse("job-done.json").Result).Translation);

        Assert.False(translation.Success);
        Assert.True(translation.IsEmpty);
        Assert.Equal(new AddOnError(500, "TranslationError", "model unavailable"), Some(translation.Error));
        Assert.True(translation.Results.IsNone);
    }

    [Fact]
    public void Done_job_add_ons_not_sent_are_None()
    {
        var result = Some(Parse("job-done.json").Result);

        Assert.All(
            [result.Moderation, result.NamedEntityRecognition, result.NameConsistency, result.StructuredDataExtraction,
             result.AudioToLlm, result.Sentences, result.DisplayMode, result.Chapterization, result.Diarization],
            addOn => Assert.True(addOn.IsNone));
    }

    [Fact]
    public void Queued_job_has_no_result_and_no_completion_but_keeps_file_and_options()
    {
        var job = Parse("job-queued.json");

        Assert.Equal("8b0c2f4e-1d3a-4e5b-9c6d-7e8f9a0b1c2d", job.Id);
        Assert.Equal(JobStatusKind.Queued, job.Status.Kind);
        Assert.True(job.Status.IsPending);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 11, 2, 3, 4, TimeSpan.Zero), job.CreatedAt);
        Assert.True(job.CompletedAt.IsNone);
        Assert.True(job.Result.IsNone);
        Assert.True(job.ErrorCode.IsNone);
        Assert.True(job.PostSessionMetadata.IsNone);
        Assert.Equal("alpha", Some(job.CustomMetadata)["project"].GetString());
        Assert.Equal(new JobFile("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), Some(job.File));
    }

    [Fact]
    public void Queued_job_request_params_leave_unsent_options_None_and_keep_unknown_ones()
    {
        var options = Some(Parse("job-queued.json").RequestParams);

        Assert.Equal("https://example.com/interview.mp3", Some(options.AudioUrl));
        Assert.Equal(Option<bool>.Some(false), options.Diarization);
        Assert.True(options.LanguageConfig.IsNone);
        Assert.True(options.Subtitles.IsNone);
        Assert.True(options.SubtitlesConfig.IsNone);
        Assert.Equal("https://hooks.example.com/queued", options.Other["callback_url"].GetString());
        Assert.True(options.Other["callback"].GetBoolean());
        Assert.Equal(2, options.Other.Count);
    }

    [Fact]
    public void Error_job_carries_its_error_code_and_nulls_as_None()
    {
        var job = Parse("job-error.json");

        Assert.Equal("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", job.Id);
        Assert.Equal(JobStatusKind.Error, job.Status.Kind);
        Assert.False(job.Status.IsPending);
        Assert.Equal(Option<int>.Some(500), job.ErrorCode);
        Assert.Equal(new DateTimeOffset(2026, 9, 10, 12, 0, 5, 250, TimeSpan.Zero), Some(job.CompletedAt));
        Assert.True(job.CustomMetadata.IsNone);
        Assert.True(job.File.IsNone);
        Assert.True(job.RequestParams.IsNone);
        Assert.True(job.Result.IsNone);
        Assert.Equal(JsonValueKind.Object, Some(job.PostSessionMetadata).ValueKind);
    }

    [Fact]
    public void Unknown_status_parses_as_Unknown_keeping_its_wire_text()
    {
        var body = Fixture("job-error.json").Replace("\"status\": \"error\"", "\"status\": \"archived\"", StringComparison.Ordinal);

        var job = Right(Responses.ParseJob(Json(200, body)));

        Assert.Equal(JobStatusKind.Unknown, job.Status.Kind);
        Assert.Equal("archived", job.Status.Value);
        Assert.False(job.Status.IsPending);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("processing")]
    [InlineData("done")]
    [InlineData("error")]
    public void A_known_status_is_the_shared_instance_not_a_new_string(string status)
    {
        var body = Fixture("job-queued.json").Replace("\"status\": \"queued\"", $"\"status\": \"{status}\"", StringComparison.Ordinal);

        var parsed = Right(Responses.ParseJob(Json(200, body))).Status;

        Assert.Same(JobStatus.Known.Single(known => known.Value == status).Value, parsed.Value);
    }

    [Fact]
    public void A_status_that_only_starts_like_a_known_one_is_kept_as_sent()
    {
        var body = Fixture("job-queued.json").Replace("\"status\": \"queued\"", "\"status\": \"done-ish\"", StringComparison.Ordinal);

        var parsed = Right(Responses.ParseJob(Json(200, body))).Status;

        Assert.Equal("done-ish", parsed.Value);
        Assert.Equal(JobStatusKind.Unknown, parsed.Kind);
    }

    [Fact]
    public void Processing_status_parses_as_Processing_and_pending()
    {
        var body = Fixture("job-queued.json").Replace("\"status\": \"queued\"", "\"status\": \"processing\"", StringComparison.Ordinal);

        var job = Right(Responses.ParseJob(Json(200, body)));

        Assert.Equal(JobStatus.Processing, job.Status);
        Assert.Equal(JobStatusKind.Processing, job.Status.Kind);
        Assert.True(job.Status.IsPending);
    }

    [Fact]
    public void Unknown_members_at_every_level_are_ignored()
    {
        var body = Fixture("job-done.json")
            .Replace("\"version\": 2,", "\"version\": 2, \"region\": \"eu-west\", \"billing\": {\"plan\": [1, 2]},", StringComparison.Ordinal)
            .Replace("\"filename\": \"meeting.wav\",", "\"filename\": \"meeting.wav\", \"sha256\": \"abc\",", StringComparison.Ordinal)
            .Replace("\"word\": \"Hello\",", "\"word\": \"Hello\", \"punctuated\": true,", StringComparison.Ordinal);

        var job = Right(Responses.ParseJob(Json(200, body)));

        Assert.Equal(Parse("job-done.json").Id, job.Id);
        Assert.Equal("meeting.wav", Some(Some(job.File).Filename));
        Assert.Equal("Hello", Some(Some(job.Result).Transcription).Utterances[0].Words[0].Text);
    }

    [Fact]
    public void Present_add_ons_are_named_by_their_wire_names_in_declaration_order()
    {
        var result = Some(Parse("job-done.json").Result);

        Assert.Equal(
            [AddOnNames.Translation, AddOnNames.Summarization, AddOnNames.SentimentAnalysis],
            result.PresentAddOns.Select(addOn => addOn.Name));
        Assert.Equal(Some(result.Summarization), result.PresentAddOns[1].Result);
    }

    [Fact]
    public void Every_add_on_name_is_the_wire_name_of_a_result_member()
    {
        var json = JsonSerializer.Serialize(Some(Parse("job-done.json").Result), GladiaJsonContext.Default.JobResult);
        using var document = JsonDocument.Parse(json);
        var members = document.RootElement.EnumerateObject().Select(member => member.Name).ToHashSet();

        Assert.Equal(12, AddOnNames.All.Count);
        Assert.All(AddOnNames.All, name => Assert.Contains(name, members));
    }
}
