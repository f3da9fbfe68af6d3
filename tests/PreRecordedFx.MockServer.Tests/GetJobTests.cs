using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

public sealed class GetJobTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public async Task A_listed_job_is_served_by_get_with_exactly_the_same_json()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?limit=5");
        foreach (var item in page.RootElement.GetProperty("items").EnumerateArray())
        {
            var body = await mock.Client.GetStringAsync(Wire.Jobs + "/" + item.Id());
            Assert.Equal(item.GetRawText(), body);
        }
    }

    [Fact]
    public async Task A_job_carries_every_documented_wire_field_in_snake_case()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?limit=1&status=done");
        var id = page.RootElement.GetProperty("items")[0].Id();
        using var response = await mock.Client.GetAsync(Wire.Jobs + "/" + id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("x-aipi-call-id"));
        using var body = await response.Body();
        var job = body.RootElement;
        foreach (var field in new[] { "id", "request_id", "version", "status", "created_at", "completed_at", "custom_metadata", "error_code", "kind", "file", "request_params", "result" })
        {
            Assert.True(job.TryGetProperty(field, out _), field);
        }

        Assert.Equal(id, job.GetProperty("id").GetString());
        Assert.Equal("G-" + id[..8], job.GetProperty("request_id").GetString());
        Assert.Equal(2, job.GetProperty("version").GetInt32());
        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Equal("pre-recorded", job.GetProperty("kind").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", job.GetProperty("created_at").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", job.GetProperty("completed_at").GetString());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("error_code").ValueKind);

        var file = job.GetProperty("file");
        foreach (var field in new[] { "id", "filename", "source", "audio_duration", "number_of_channels" })
        {
            Assert.True(file.TryGetProperty(field, out _), "file." + field);
        }

        var result = job.GetProperty("result");
        var metadata = result.GetProperty("metadata");
        foreach (var field in new[] { "audio_duration", "number_of_distinct_channels", "billing_time", "transcription_time" })
        {
            Assert.Equal(JsonValueKind.Number, metadata.GetProperty(field).ValueKind);
        }

        var transcription = result.GetProperty("transcription");
        Assert.Equal(JsonValueKind.String, transcription.GetProperty("full_transcript").ValueKind);
        Assert.Equal(JsonValueKind.Array, transcription.GetProperty("languages").ValueKind);
        var utterance = transcription.GetProperty("utterances")[0];
        foreach (var field in new[] { "start", "end", "confidence", "channel", "words", "text", "language" })
        {
            Assert.True(utterance.TryGetProperty(field, out _), "utterance." + field);
        }

        var word = utterance.GetProperty("words")[0];
        foreach (var field in new[] { "word", "start", "end", "confidence" })
        {
            Assert.True(word.TryGetProperty(field, out _), "word." + field);
        }
    }

    [Fact]
    public async Task An_unknown_job_answers_404_with_Gladias_error_body()
    {
        const string path = Wire.Jobs + "/00000000-0000-4000-8000-000000000000";
        using var response = await mock.Client.GetAsync(path);
        await Wire.AssertGladiaError(response, 404, path);
    }

    [Fact]
    public async Task Ids_are_case_sensitive_like_any_opaque_id()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?limit=1");
        var id = page.RootElement.GetProperty("items")[0].Id();
        using var response = await mock.Client.GetAsync(Wire.Jobs + "/" + id.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Every_answer_carries_a_distinct_call_id()
    {
        using var first = await mock.Client.GetAsync(Wire.Jobs + "?limit=1");
        using var second = await mock.Client.GetAsync(Wire.Jobs + "/nope");
        var a = Assert.Single(first.Headers.GetValues("x-aipi-call-id"));
        var b = Assert.Single(second.Headers.GetValues("x-aipi-call-id"));
        Assert.True(Guid.TryParse(a, out _));
        Assert.NotEqual(a, b);
    }
}
