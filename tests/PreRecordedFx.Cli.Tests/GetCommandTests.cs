using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

public sealed class GetCommandTests
{
    [Fact]
    public async Task Get_summarises_a_done_job()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await cli.RunAsync("get", job.Id);

        Assert.Equal(0, result.ExitCode);
        var fields = result.OutLines.Select(l => l.Split(":\t", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(job.Id, fields["id"]);
        Assert.Equal("done", fields["status"]);
        Assert.Equal(string.Join(", ", job.Result.Bind(r => r.Transcription).Map(t => t.Languages).IfNone([])), fields["languages"]);
        Assert.StartsWith(job.File.Bind(f => f.Filename).IfNone("?"), fields["file"], StringComparison.Ordinal);
        Assert.Equal("-", fields["error code"]);
        Assert.Equal("pre-recorded", fields["kind"]);
        Assert.Equal(["id", "kind", "status", "created", "completed", "file", "languages", "speakers", "add-ons", "error code"], fields.Keys);
    }

    [Fact]
    public async Task Get_shows_a_failed_jobs_error_code()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error)))[0];

        var result = await cli.RunAsync("get", job.Id);

        Assert.Contains($"error code:\t{job.ErrorCode.IfNone(0)}", result.OutLines);
    }

    [Fact]
    public async Task Get_transcript_adds_the_text_after_the_summary()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];
        var expected = Transcripts.PlainText(job).IfLeft("?");

        var result = await cli.RunAsync("get", job.Id, "--transcript");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("\n" + expected, result.Out.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_transcript_of_a_queued_job_says_there_is_none()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Queued)))[0];

        var result = await cli.RunAsync("get", job.Id, "--transcript");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"gladia-jobs: invalid job: job {job.Id} has no transcript (its status is queued)"], result.ErrorLines);
    }

    [Fact]
    public async Task Get_json_is_the_job_exactly_as_the_api_sent_it()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync())[0];
        using var http = new HttpClient(cli.Handler, disposeHandler: false) { BaseAddress = new Uri(CliRun.Api) };
        http.DefaultRequestHeaders.Add("x-gladia-key", MockServer.MockServerOptions.DefaultApiKey);
        var sent = await http.GetStringAsync(new Uri($"/v2/pre-recorded/{job.Id}", UriKind.Relative));

        var result = await cli.RunAsync("get", job.Id, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sent + "\n", result.Out);
        var parsed = JsonSerializer.Deserialize(result.Out, GladiaJsonContext.Default.Job)!;
        Assert.Equal(JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job), JsonSerializer.Serialize(parsed, GladiaJsonContext.Default.Job));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("00000000-0000-4000-8000-000000000000")]
    public async Task An_unknown_job_is_one_line_naming_it(string id)
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("get", id);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"gladia-jobs: unknown job '{id}'", line, StringComparison.Ordinal);
        Assert.EndsWith("check the id with 'gladia-jobs list'", line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Verbose_adds_the_request_id_and_call_id()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("get", "00000000-0000-4000-8000-000000000000", "--verbose");

        Assert.Matches(@"^gladia-jobs: unknown job '.*' \(request id G-\w+, call id [^ ]+\)$", Assert.Single(result.ErrorLines));
    }
}
