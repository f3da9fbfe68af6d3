namespace PreRecordedFx.Cli.Tests;

public sealed class DeleteCommandTests
{
    [Fact]
    public async Task Delete_with_yes_deletes_exactly_the_jobs_named()
    {
        await using var cli = new CliRun();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        var before = await cli.JobsAsync();

        var result = await cli.RunAsync("delete", done[0].Id, done[1].Id, "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"deleted {done[0].Id}", $"deleted {done[1].Id}"], result.OutLines);
        Assert.Equal(before.Select(j => j.Id).Except([done[0].Id, done[1].Id]), (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task Delete_without_yes_in_a_pipe_refuses_and_deletes_nothing()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await cli.RunAsync("delete", job.Id);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["gladia-jobs: refusing to delete without confirmation: pass --yes"], result.ErrorLines);
        Assert.Contains(job.Id, (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task On_a_terminal_delete_asks_and_a_no_deletes_nothing()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await cli.RunAsync(terminal: true, input: "n", "delete", job.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Delete 1 job", result.Out, StringComparison.Ordinal);
        Assert.Contains("Nothing deleted.", result.Out, StringComparison.Ordinal);
        Assert.Contains(job.Id, (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task On_a_terminal_a_yes_deletes()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await cli.RunAsync(terminal: true, input: "y", "delete", job.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(job.Id, (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task Deleting_a_processing_job_fails_with_what_to_do_and_the_others_still_go()
    {
        await using var cli = new CliRun();
        var processing = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Processing)))[0];
        var done = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await cli.RunAsync("delete", processing.Id, done.Id, "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"gladia-jobs: job '{processing.Id}' is still queued or processing: delete it once it is done"], result.ErrorLines);
        Assert.Equal([$"deleted {done.Id}"], result.OutLines);
    }

    [Fact]
    public async Task Deleting_an_unknown_job_fails_naming_it()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("delete", "00000000-0000-4000-8000-000000000000", "--yes");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gladia-jobs: unknown job '00000000-0000-4000-8000-000000000000'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
