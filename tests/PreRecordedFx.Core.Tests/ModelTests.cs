using System.Text.Json;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>Models built in code (as the mock server and users' tests do) are null-free and speak the wire format.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Known_statuses_are_listed_in_lifecycle_order()
    {
        Assert.Equal(["queued", "processing", "done", "error"], JobStatus.Known.Select(s => s.Value));
        Assert.Equal(
            [JobStatusKind.Queued, JobStatusKind.Processing, JobStatusKind.Done, JobStatusKind.Error],
            JobStatus.Known.Select(s => s.Kind));
    }

    [Fact]
    public void Status_built_from_its_text_equals_the_known_one()
    {
        Assert.Equal(JobStatus.Error, new JobStatus("error"));
        Assert.NotEqual(JobStatus.Error, new JobStatus("Error"));
    }

    [Fact]
    public void Default_status_is_unknown_with_empty_text()
    {
        var status = default(JobStatus);

        Assert.Equal(string.Empty, status.Value);
        Assert.Equal(JobStatusKind.Unknown, status.Kind);
        Assert.Equal(string.Empty, status.ToString());
    }

    [Fact]
    public void Status_prints_as_its_wire_text()
    {
        Assert.Equal("processing", JobStatus.Processing.ToString());
    }

    [Fact]
    public void Request_params_built_without_other_members_have_an_empty_Other()
    {
        Assert.Empty(new RequestParams().Other);
    }

    [Fact]
    public void Request_params_copy_the_other_members_they_are_given()
    {
        var other = new Dictionary<string, JsonElement> { ["callback_url"] = JsonDocument.Parse("\"https://h/x\"").RootElement };

        var options = new RequestParams(Model: "solaria-1", Other: other);
        other.Clear();

        Assert.Equal("https://h/x", options.Other["callback_url"].GetString());
    }

    [Fact]
    public void Request_params_built_in_code_write_their_other_members_on_the_wire()
    {
        var options = new RequestParams(
            AudioUrl: "https://example.com/a.wav",
            Other: new Dictionary<string, JsonElement> { ["pii_redaction"] = JsonDocument.Parse("true").RootElement });

        var json = JsonSerializer.Serialize(options, GladiaJsonContext.Default.RequestParams);

        Assert.Contains("\"audio_url\":\"https://example.com/a.wav\"", json, StringComparison.Ordinal);
        Assert.Contains("\"pii_redaction\":true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_config_without_languages_has_an_empty_list()
    {
        var config = new LanguageConfig(CodeSwitching: true);

        Assert.Empty(config.Languages);
        Assert.True(config.CodeSwitching);
    }

    [Fact]
    public void Language_config_on_the_wire_without_languages_parses_to_an_empty_list()
    {
        var body = Fixture("job-done.json").Replace("\"languages\": [\"en\"], \"code_switching\": false", "\"code_switching\": true", StringComparison.Ordinal);

        var config = Some(Some(Right(Responses.ParseJob(Json(200, body))).RequestParams).LanguageConfig);

        Assert.Empty(config.Languages);
        Assert.True(config.CodeSwitching);
    }

    [Fact]
    public void Transcription_without_sentences_or_subtitles_has_empty_lists()
    {
        var transcription = new Transcription("hi", ["en"], []);

        Assert.Empty(transcription.Sentences);
        Assert.Empty(transcription.Subtitles);
    }

    [Fact]
    public void Transcription_on_the_wire_with_sentences_parses_each_envelope()
    {
        var body = Fixture("job-done.json").Replace(
            "\"subtitles\": [",
            "\"sentences\": [{\"success\": true, \"is_empty\": false, \"exec_time\": 0.2, \"error\": null, \"results\": [\"Hello there.\"]}], \"subtitles\": [",
            StringComparison.Ordinal);

        var sentences = Some(Some(Right(Responses.ParseJob(Json(200, body))).Result).Transcription).Sentences;

        var sentence = Assert.Single(sentences);
        Assert.Equal("Hello there.", Some(sentence.Results)[0].GetString());
    }

    [Fact]
    public void Exchange_without_headers_has_none()
    {
        var exchange = new HttpExchange(200, null!, ReadOnlyMemory<byte>.Empty, ReceivedAt);

        Assert.Empty(exchange.Headers);
        Assert.True(exchange.Header("Content-Type").IsNone);
    }

    [Fact]
    public void Exchange_keeps_status_body_and_arrival_time()
    {
        var exchange = new HttpExchange(418, [KeyValuePair.Create("X-A", "1")], new byte[] { 1, 2 }, ReceivedAt);

        Assert.Equal(418, exchange.StatusCode);
        Assert.Equal([1, 2], exchange.Body.ToArray());
        Assert.Equal(ReceivedAt, exchange.ReceivedAt);
        Assert.Equal("1", exchange.Headers["x-a"]);
    }

    [Fact]
    public void Exchange_joins_a_header_repeated_in_any_case_into_one_list()
    {
        var exchange = new HttpExchange(429, [KeyValuePair.Create("Retry-After", "7"), KeyValuePair.Create("retry-after", "9"), KeyValuePair.Create("X-B", "b")], ReadOnlyMemory<byte>.Empty, ReceivedAt);

        Assert.Equal("7, 9", exchange.Headers["RETRY-AFTER"]);
        Assert.Equal("b", exchange.Headers["x-b"]);
        Assert.Equal(2, exchange.Headers.Count);
    }

    [Fact]
    public void Request_without_a_query_has_an_empty_query_string()
    {
        var request = new ApiRequest(RequestMethod.Get, "/v2/pre-recorded", []);

        Assert.Equal(string.Empty, request.QueryString);
        Assert.Equal("/v2/pre-recorded", request.PathAndQuery);
    }
}
