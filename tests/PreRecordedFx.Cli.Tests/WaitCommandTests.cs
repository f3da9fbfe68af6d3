using Microsoft.Extensions.Time.Testing;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

public sealed class WaitCommandTests
{
    [Fact]
    public async Task Wait_returns_when_a_queued_job_is_done_and_shows_it()
    {
        // Jobs move on the mock's clock, which the test moves once the tool has seen the job queued.
        var clock = new FakeTimeProvider(MockServerOptions.DefaultReferenceTime);
        await using var cli = new CliRun(new MockServerOptions { Jobs = 30, Lifecycle = true }, clock);
        var queued = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Queued)))[0];
        cli.Factory.ClearRequests();

        var waiting = cli.RunAsync("wait", queued.Id, "--timeout", "60");
        while (!cli.Factory.Requests.Any(r => r.Path.EndsWith(queued.Id, StringComparison.Ordinal)))
        {
            await Task.Delay(10);
        }

        clock.Advance(TimeSpan.FromHours(1));
        var result = await waiting;

        var fields = result.OutLines.Select(l => l.Split(":\t", 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal(queued.Id, fields["id"]);
        Assert.True(fields["status"] is "done" or "error", fields["status"]);
        Assert.NotEqual("-", fields["completed"]);
        Assert.Equal(fields["status"] == "done" ? 0 : 1, result.ExitCode);
        Assert.True(cli.Factory.Requests.Count(r => r.Path.EndsWith(queued.Id, StringComparison.Ordinal)) >= 2, "the tool polled more than once");
    }

    [Fact]
    public async Task Wait_on_a_finished_job_answers_at_once_with_exit_code_0()
    {
        await using var cli = new CliRun();
        var done = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await cli.RunAsync("wait", done.Id, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\"id\": \"{done.Id}\"", result.Out, StringComparison.Ordinal);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task Wait_on_a_job_in_error_shows_it_and_exits_1()
    {
        await using var cli = new CliRun();
        var failed = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error)))[0];

        var result = await cli.RunAsync("wait", failed.Id);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("status:\terror", result.OutLines);
        Assert.Equal([$"gladia-jobs: job '{failed.Id}' finished in error (error code {failed.ErrorCode.IfNone(0)})"], result.ErrorLines);
    }

    [Fact]
    public async Task Wait_gives_up_after_its_timeout_on_a_job_that_never_moves()
    {
        // Without the lifecycle a queued job stays queued.
        await using var cli = new CliRun();
        var queued = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Queued)))[0];

        var result = await cli.RunAsync("wait", queued.Id, "--timeout", "1");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal([$"gladia-jobs: job '{queued.Id}' did not finish within 1 s: wait longer with --timeout"], result.ErrorLines);
    }

    [Fact]
    public async Task Wait_on_an_unknown_job_is_one_line()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("wait", "00000000-0000-0000-0000-000000000000");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["gladia-jobs: unknown job '00000000-0000-0000-0000-000000000000': check the id with 'gladia-jobs list'"], result.ErrorLines);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("abc")]
    public async Task Wait_with_a_bad_timeout_is_bad_usage(string timeout)
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("wait", "some-id", "--timeout", timeout);

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("--timeout", result.Error, StringComparison.Ordinal);
    }
}
