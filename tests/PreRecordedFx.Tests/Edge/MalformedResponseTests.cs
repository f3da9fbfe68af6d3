using System.Net;
using System.Text;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>Whatever arrives, every call ends as a typed value: never an unhandled exception.</summary>
public class MalformedResponseTests
{
    private static async Task<PreRecordedError> GetFailing(Func<HttpResponseMessage> answer, Action<GladiaClientOptions>? configure = null)
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => answer()), configure);
        return LeftOf(await client.PreRecorded().GetAsync("job-1"));
    }

    [Theory]
    [InlineData("{\"id\":\"abc\",\"status\":")]
    [InlineData("\u0001\u00ff\u0010garbage")]
    [InlineData("{\"items\": 42}")]
    [InlineData("null")]
    [InlineData("")]
    public async Task A_body_that_is_not_a_job_is_a_MalformedResponse(string body)
    {
        var error = await GetFailing(() => Wire.Json(body));

        Assert.IsType<PreRecordedError.MalformedResponse>(error);
    }

    [Fact]
    public async Task A_job_with_a_wrong_content_type_is_a_MalformedResponse()
    {
        var error = await GetFailing(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Wire.JobJson(), Encoding.UTF8, "text/html") });

        Assert.Contains("text/html", Assert.IsType<PreRecordedError.MalformedResponse>(error).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_502_page_is_a_ServiceError_with_an_excerpt()
    {
        var error = await GetFailing(
            () => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html><body>Bad gateway</body></html>", Encoding.UTF8, "text/html") },
            o => o.Retry.MaxRetries = 0);

        var service = Assert.IsType<PreRecordedError.ServiceError>(error);
        Assert.Equal(502, service.StatusCode);
        Assert.Contains("Bad gateway", service.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_declared_huge_body_is_refused_without_reading_it()
    {
        var body = new EndlessStream();
        var error = await GetFailing(() => Wire.Streamed(body, "application/json", length: 10_000_000_000), o => o.MaxResponseBytes = 1024);

        Assert.Equal("the body is larger than MaxResponseBytes (1024 bytes)", Assert.IsType<PreRecordedError.MalformedResponse>(error).Reason);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task A_chunked_job_larger_than_the_first_read_buffer_arrives_whole()
    {
        // No Content-Length: the pooled buffer starts at 16 KiB and must grow, keeping what it already read.
        var transcript = string.Concat(Enumerable.Repeat("All work and no play. ", 1_000));
        var job = PreRecordedModelFactory.DoneJob("big-job", transcript);
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(new MemoryStream(Encoding.UTF8.GetBytes(Wire.JobJson(job))), "application/json")));

        var read = RightOf(await client.PreRecorded().GetAsync("big-job"));

        Assert.Equal(transcript, read.Result.Bind(r => r.Transcription).Map(t => t.FullTranscript).IfNone(""));
    }

    [Fact]
    public async Task An_endless_chunked_body_is_refused_as_soon_as_it_passes_the_cap()
    {
        var body = new EndlessStream();
        var error = await GetFailing(() => Wire.Streamed(body, "application/json"), o => o.MaxResponseBytes = 100_000);

        Assert.IsType<PreRecordedError.MalformedResponse>(error);
        Assert.InRange(body.BytesRead, 100_001, 100_000 + (64 * 1024));
    }

    [Fact]
    public async Task A_huge_error_body_is_refused_too()
    {
        var body = new EndlessStream();
        using var client = Clients.On(
            new ScriptedHandler((request, _) =>
            {
                var response = Wire.Streamed(body, "application/json");
                response.StatusCode = HttpStatusCode.NotFound;
                return response;
            }),
            o => o.MaxResponseBytes = 50_000);

        var error = LeftOf<byte[], PreRecordedError.MalformedResponse>(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Equal(404, error.StatusCode);
        Assert.True(body.BytesRead < 200_000);
    }

    [Fact]
    public async Task A_file_served_as_json_is_a_MalformedResponse()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Json("{\"not\":\"audio\"}")));

        LeftOf<byte[], PreRecordedError.MalformedResponse>(await client.PreRecorded().GetFileAsync("job-1"));
    }

    [Fact]
    public async Task A_file_shorter_than_its_content_length_is_a_MalformedResponse_and_leaves_no_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "prfx-" + Guid.NewGuid().ToString("N"), "short.wav");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var client = Clients.On(new ScriptedHandler((request, _) =>
            Wire.Streamed(new MemoryStream(new byte[10]), "audio/wav", length: 20)));

        var error = LeftOf<long, PreRecordedError.MalformedResponse>(await client.PreRecorded().DownloadFileToPathAsync("job-1", path));

        Assert.Contains("10 of 20", error.Reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public async Task An_empty_delete_answer_with_an_odd_success_status_is_still_success()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => new HttpResponseMessage(HttpStatusCode.NoContent)));

        RightOf(await client.PreRecorded().DeleteAsync("job-1"));
    }

    [Fact]
    public async Task A_403_on_delete_is_NotDeletable()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Error(HttpStatusCode.Forbidden, "Job is still processing")));

        var error = LeftOf<LanguageExt.Unit, PreRecordedError.NotDeletable>(await client.PreRecorded().DeleteAsync("job-1"));

        Assert.Contains("still processing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_call_id_header_reaches_the_error()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) =>
        {
            var response = Wire.Error(HttpStatusCode.NotFound, "Not found");
            response.Headers.Add("x-aipi-call-id", "call-123");
            return response;
        }));

        var error = LeftOf<Job, PreRecordedError.NotFound>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal("call-123", error.Detail.CallId);
        Assert.Equal("G-821fe9df", error.Detail.RequestId);
    }
}
