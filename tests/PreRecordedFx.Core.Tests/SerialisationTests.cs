using System.Text.Json;
using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Writing the models back with <see cref="GladiaJsonContext"/> speaks Gladia's wire format (the mock server relies on it).</summary>
public sealed class SerialisationTests
{
    private static JsonNode RoundTrip(string fixture)
    {
        var job = Right(Responses.ParseJob(FixtureExchange(200, fixture)));
        return JsonNode.Parse(JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job))!;
    }

    [Fact]
    public void Job_is_written_with_snake_case_names()
    {
        var json = RoundTrip("job-done.json").AsObject();

        Assert.Equal(
            ["id", "request_id", "version", "status", "created_at", "completed_at", "custom_metadata", "error_code",
             "post_session_metadata", "kind", "file", "request_params", "result"],
            json.Select(p => p.Key));
        Assert.Equal("G-45463597", (string?)json["request_id"]);
        Assert.Equal("done", (string?)json["status"]);
        Assert.Equal(12.5, (double?)json["file"]!["audio_duration"]);
        Assert.Equal(2, (int?)json["result"]!["metadata"]!["number_of_distinct_channels"]);
    }

    [Fact]
    public void Nested_objects_are_written_with_their_members_in_the_reference_order()
    {
        var job = RoundTrip("job-done.json");
        var result = job["result"]!;

        Assert.Equal(["id", "filename", "source", "audio_duration", "number_of_channels"], Keys(job["file"]));
        Assert.Equal(
            ["metadata", "transcription", "translation", "summarization", "moderation", "named_entity_recognition",
             "name_consistency", "structured_data_extraction", "sentiment_analysis", "audio_to_llm", "sentences",
             "display_mode", "chapterization", "diarization"],
            Keys(result));
        Assert.Equal(["audio_duration", "number_of_distinct_channels", "billing_time", "transcription_time"], Keys(result["metadata"]));
        Assert.Equal(["full_transcript", "languages", "sentences", "subtitles", "utterances"], Keys(result["transcription"]));
        Assert.Equal(
            ["start", "end", "confidence", "channel", "speaker", "words", "text", "language"],
            Keys(result["transcription"]!["utterances"]![0]));
        Assert.Equal(["success", "is_empty", "exec_time", "error", "results"], Keys(result["summarization"]));
    }

    private static IEnumerable<string> Keys(JsonNode? node) => node!.AsObject().Select(p => p.Key);

    [Fact]
    public void Job_round_trips_to_the_same_values()
    {
        var original = Right(Responses.ParseJob(FixtureExchange(200, "job-done.json")));
        var written = JsonSerializer.SerializeToUtf8Bytes(original, GladiaJsonContext.Default.Job);

        var reread = Right(Responses.ParseJob(Exchange(200, written, ("Content-Type", "application/json"))));

        Assert.Equal(original.Id, reread.Id);
        Assert.Equal(original.CreatedAt, reread.CreatedAt);
        Assert.Equal(original.CompletedAt, reread.CompletedAt);
        Assert.Equal(original.File, reread.File);
        Assert.Equal(Some(original.Result).Metadata, Some(reread.Result).Metadata);
        Assert.Equal(
            Some(Some(original.Result).Transcription).Utterances[1].Words,
            Some(Some(reread.Result).Transcription).Utterances[1].Words);
    }

    [Fact]
    public void Word_text_is_written_as_word()
    {
        var word = RoundTrip("job-done.json")["result"]!["transcription"]!["utterances"]![0]!["words"]![0]!.AsObject();

        Assert.Equal("Hello", (string?)word["word"]);
        Assert.False(word.ContainsKey("text"));
    }

    [Fact]
    public void Subtitle_text_is_written_as_subtitles()
    {
        var subtitle = RoundTrip("job-done.json")["result"]!["transcription"]!["subtitles"]![0]!.AsObject();

        Assert.Equal("srt", (string?)subtitle["format"]);
        Assert.StartsWith("1\n", (string?)subtitle["subtitles"], StringComparison.Ordinal);
        Assert.False(subtitle.ContainsKey("text"));
    }

    [Fact]
    public void Request_params_write_unknown_members_back_beside_the_known_ones()
    {
        var options = RoundTrip("job-done.json")["request_params"]!.AsObject();

        Assert.Equal("https://hooks.example.com/done", (string?)options["callback_url"]);
        Assert.False((bool)options["pii_redaction"]!);
        Assert.Equal("solaria-1", (string?)options["model"]);
        Assert.False(options["language_config"]!["code_switching"]!.GetValue<bool>());
        Assert.False(options.ContainsKey("other"));
        Assert.False(options.ContainsKey("other_members"));
    }

    [Fact]
    public void Optional_values_that_are_None_are_written_as_null()
    {
        var json = RoundTrip("job-queued.json").AsObject();

        Assert.True(json.ContainsKey("result"));
        Assert.Null(json["result"]);
        Assert.True(json.ContainsKey("completed_at"));
        Assert.Null(json["completed_at"]);
        Assert.Null(json["file"]!["filename"]);
    }

    [Fact]
    public void Unknown_status_is_written_back_as_its_wire_text()
    {
        var job = Right(Responses.ParseJob(FixtureExchange(200, "job-error.json"))) with { WireStatus = new JobStatus("archived") };

        var json = JsonNode.Parse(JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job))!;

        Assert.Equal("archived", (string?)json["status"]);
    }

    [Fact]
    public void Page_is_written_with_its_four_keys_in_wire_order()
    {
        var page = Right(Responses.ParsePage(FixtureExchange(200, "page-last.json")));

        var json = JsonNode.Parse(JsonSerializer.Serialize(page, GladiaJsonContext.Default.JobPage))!.AsObject();

        Assert.Equal(["first", "current", "next", "items"], json.Select(p => p.Key));
        Assert.Null(json["next"]);
        Assert.Equal("https://api.gladia.io/v2/pre-recorded?offset=0&limit=2&status=done", (string?)json["first"]);
    }

    [Fact]
    public void Error_body_is_written_with_camelCase_statusCode_and_no_validation_errors_when_none()
    {
        var body = new GladiaErrorBody("2026-09-10T10:45:00.000Z", "/v2/pre-recorded/x", "G-821fe9df", 404, "Not found");

        var json = JsonNode.Parse(JsonSerializer.Serialize(body, GladiaJsonContext.Default.GladiaErrorBody))!.AsObject();

        Assert.Equal(["timestamp", "path", "request_id", "statusCode", "message"], json.Select(p => p.Key));
        Assert.Equal(404, (int?)json["statusCode"]);
    }

    [Fact]
    public void Error_body_fixture_round_trips_exactly()
    {
        var original = JsonNode.Parse(Fixture("error-400.json"))!;
        var body = JsonSerializer.Deserialize(original.ToJsonString(), GladiaJsonContext.Default.GladiaErrorBody)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(body, GladiaJsonContext.Default.GladiaErrorBody))!;

        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }
}
