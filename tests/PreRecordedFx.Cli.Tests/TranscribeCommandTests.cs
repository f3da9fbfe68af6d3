using System.Text.Json;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary><c>transcribe</c>: local files uploaded, URLs created from, the flags in the request, exit codes for scripts.</summary>
public sealed class TranscribeCommandTests : IDisposable
{
    private static readonly MockServerOptions Quick = new() { Jobs = 3, QueuedSeconds = 0, ProcessingSeconds = 0 };

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string WavFile(string name, double seconds = 1)
    {
        File.WriteAllBytes(folder[name], SampleAudio.Wav(seconds));
        return folder[name];
    }

    [Fact]
    public async Task A_file_is_uploaded_and_with_wait_shown_done_with_exit_code_0()
    {
        await using var cli = new CliRun(Quick);
        var wav = WavFile("call.wav", 2);

        var result = await cli.RunAsync("transcribe", wav, "--wait");

        Assert.Equal(0, result.ExitCode);
        var fields = result.OutLines.Where(l => l.Contains(":\t", StringComparison.Ordinal)).Select(l => l.Split(":\t", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("done", fields["status"]);
        Assert.Equal("call.wav (0:02)", fields["file"]);
        Assert.Contains($"created {fields["id"]} {wav}", result.OutLines);
        Assert.Equal(["POST /v2/upload", "POST /v2/pre-recorded"], cli.Factory.Requests.Where(r => r.Method == "POST").Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Over_a_socket_the_tool_uploads_and_waits_as_in_memory()
    {
        await using var mock = new LoopbackMock(Quick);
        await using var cli = new CliRun { RealNetwork = true, BaseUrl = mock.BaseUrl.ToString() };

        var result = await cli.RunAsync("transcribe", WavFile("call.wav", 3), "--wait", "--json");

        Assert.Equal(0, result.ExitCode);
        var job = Assert.Single(JsonDocument.Parse(result.Out).RootElement.EnumerateArray());
        Assert.Equal("done", job.GetProperty("status").GetString());
        Assert.Equal(3, job.GetProperty("file").GetProperty("audio_duration").GetDouble(), 3);
    }

    [Fact]
    public async Task The_flags_become_the_request_Gladia_receives()
    {
        await using var cli = new CliRun(Quick);

        var result = await cli.RunAsync(
            "transcribe", "https://files.example/a.wav", "--language", "en,fr", "--diarization", "--subtitles", "srt,vtt",
            "--translate-to", "de", "--metadata", "team=legal", "--metadata", "case=42", "--callback-url", "http://127.0.0.1:9/cb",
            "--option", "sentences=true", "--ids");

        Assert.Equal(0, result.ExitCode);
        using var client = cli.Client();
        var job = (await client.PreRecorded().GetJsonAsync(Assert.Single(result.OutLines))).Match(Right: j => JsonDocument.Parse(j), Left: e => throw new InvalidOperationException(e.Message));
        var root = job.RootElement;
        Assert.Equal("legal", root.GetProperty("custom_metadata").GetProperty("team").GetString());
        Assert.Equal("42", root.GetProperty("custom_metadata").GetProperty("case").GetString());
        var sent = root.GetProperty("request_params");
        Assert.Equal(["en", "fr"], sent.GetProperty("language_config").GetProperty("languages").EnumerateArray().Select(e => e.GetString()));
        Assert.True(sent.GetProperty("diarization").GetBoolean());
        Assert.Equal(["srt", "vtt"], sent.GetProperty("subtitles_config").GetProperty("formats").EnumerateArray().Select(e => e.GetString()));
        Assert.True(sent.GetProperty("translation").GetBoolean());
        Assert.True(sent.GetProperty("sentences").GetBoolean());
    }

    [Fact]
    public async Task Json_lists_the_created_jobs_and_each_failure_is_one_line_with_exit_code_1()
    {
        await using var cli = new CliRun(Quick);
        var wav = WavFile("a.wav");
        var missing = folder["missing.wav"];

        var result = await cli.RunAsync("transcribe", wav, "https://files.example/b.wav", missing, "--json");

        Assert.Equal(1, result.ExitCode);
        var created = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal([wav, "https://files.example/b.wav"], created.Select(e => e.GetProperty("source").GetString()));
        Assert.All(created, e => Assert.EndsWith("/v2/pre-recorded/" + e.GetProperty("id").GetString(), e.GetProperty("resultUrl").GetString(), StringComparison.Ordinal));
        Assert.Single(result.ErrorLines, line => line.StartsWith($"gladia-jobs: {missing}: invalid path: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_wait_jsonl_prints_each_finished_job_and_a_job_in_error_exits_1()
    {
        await using var cli = new CliRun(Quick);

        var result = await cli.RunAsync("transcribe", "https://files.example/ok.wav", "https://audio.invalid/lost.wav", "--wait", "--jsonl");

        Assert.Equal(1, result.ExitCode);
        var statuses = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()).Order();
        Assert.Equal(["done", "error"], statuses);
    }

    [Fact]
    public async Task A_bad_request_is_refused_before_any_upload_with_exit_code_2()
    {
        await using var cli = new CliRun(Quick);

        var result = await cli.RunAsync("transcribe", WavFile("a.wav"), "--translate-to", ",", "--callback-url", "not a url");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            ["gladia-jobs: invalid request: translation_config.target_languages must name at least one language, none blank; callback_config.url must be an absolute http(s) URL"],
            result.ErrorLines);
        Assert.Empty(cli.Factory.Requests);
    }

    [Theory]
    [InlineData("--metadata", "team")]
    [InlineData("--option", "=true")]
    [InlineData("--timeout", "0")]
    public async Task A_mistyped_option_is_one_line_with_exit_code_2(string option, string value)
    {
        await using var cli = new CliRun(Quick);

        var result = await cli.RunAsync("transcribe", "https://files.example/a.wav", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Empty(cli.Factory.Requests);
    }

    [Fact]
    public async Task An_unconfirmed_creation_says_to_look_for_the_job_before_running_again()
    {
        await using var cli = new CliRun(Quick) { Transport = handler => new ResetOnCreate(handler) };

        var result = await cli.RunAsync("transcribe", "https://files.example/a.wav", "--metadata", "case=42");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("a job may exist", line, StringComparison.Ordinal);
        Assert.Contains("""{"case":"42"}""", line, StringComparison.Ordinal);
        Assert.Equal(1, cli.Factory.Requests.Count(r => r.Method == "POST"));
    }

    [Fact]
    public async Task An_interrupted_run_says_what_it_started_and_not_to_rerun_blindly()
    {
        using var stop = new CancellationTokenSource();
        await using var cli = new CliRun(new MockServerOptions { Jobs = 3, QueuedSeconds = 60 }) { Cancellation = stop.Token };
        cli.Factory.ClearRequests();

        var running = cli.RunAsync("transcribe", "https://files.example/a.wav", "--wait");
        while (!cli.Factory.Requests.Any(r => r.Method == "GET"))
        {
            await Task.Delay(10);
        }

        await stop.CancelAsync();
        var result = await running;

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(
            "gladia-jobs: interrupted: created 1 job so far (listed above); a creation under way may have made a job too: check with 'gladia-jobs list' before running again",
            result.ErrorLines[^1]);
    }

    // The creation reaches the mock, then the connection breaks before its answer.
    private sealed class ResetOnCreate(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/v2/pre-recorded")
            {
                response.Dispose();
                throw new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.");
            }

            return response;
        }
    }
}
