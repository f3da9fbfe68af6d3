using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

public sealed class PruneCommandTests
{
    [Fact]
    public async Task Prune_without_yes_is_a_dry_run_that_reports_and_deletes_nothing()
    {
        await using var cli = new CliRun();
        var before = await cli.JobsAsync();
        var done = before.Where(j => j.Status == JobStatus.Done).ToList();
        var hours = done.Sum(j => j.File.Bind(f => f.AudioDuration).IfNone(0)) / 3600;

        var result = await cli.RunAsync("prune", "--status", "done", "--sample", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            $"would delete {done.Count} jobs ({hours:0.##} h of audio, created {Formats.Instant(done.Min(j => j.CreatedAt))} to {Formats.Instant(done.Max(j => j.CreatedAt))})",
            result.OutLines[0]);
        Assert.Equal(2, result.OutLines.Count(l => l.StartsWith("  ", StringComparison.Ordinal) && done.Any(j => l.Contains(j.Id, StringComparison.Ordinal))));
        Assert.Equal("Nothing was deleted: run again with --yes to delete them.", result.OutLines[^1]);
        Assert.Equal(before.Select(j => j.Id), (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task Prune_yes_deletes_exactly_the_matching_jobs_and_writes_the_report()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var before = await cli.JobsAsync();
        var pivot = before[before.Count / 2].CreatedAt;
        var matching = (await cli.JobsAsync(JobQuery.Default.WithBeforeDate(pivot).WithStatus(JobStatus.Done, JobStatus.Error))).Select(j => j.Id).ToHashSet();

        var result = await cli.RunAsync("prune", "--before", pivot.ToString("O"), "--status", "done", "--status", "error", "--yes", "--report", folder["report.json"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"deleted {matching.Count} jobs", result.OutLines[0][..$"deleted {matching.Count} jobs".Length]);
        Assert.Equal(before.Select(j => j.Id).Where(id => !matching.Contains(id)), (await cli.JobsAsync()).Select(j => j.Id));
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(folder["report.json"]));
        Assert.False(report.RootElement.GetProperty("dryRun").GetBoolean());
        Assert.Equal(matching.Order(), report.RootElement.GetProperty("deleted").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal(0, report.RootElement.GetProperty("failed").GetArrayLength());
    }

    [Fact]
    public async Task Queued_and_processing_jobs_are_skipped_and_reported_not_failed()
    {
        await using var cli = new CliRun();
        var pending = (await cli.JobsAsync()).Where(j => j.Status.IsPending).ToList();

        var result = await cli.RunAsync("prune", "--yes");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"skipped {pending.Count} jobs", result.OutLines);
        Assert.All(pending, job => Assert.Contains($"  {job.Id}: queued or processing", result.OutLines));
        Assert.Contains("failed 0 jobs", result.OutLines);
        Assert.Equal(pending.Select(j => j.Id), (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task Archive_exports_each_job_first_and_keeps_the_one_whose_export_failed()
    {
        await using var cli = new CliRun(new() { Jobs = 8 });
        using var folder = new TempFolder();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        Assert.True(done.Count >= 2, "the store needs two done jobs: one archived, one not");
        var broken = done[0].Id;
        cli.Transport = inner => new FailingFiles(inner, broken);

        var result = await cli.RunAsync("prune", "--status", "done", "--yes", "--archive", folder.Path, "--report", folder["report.json"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([broken], (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).Select(j => j.Id));
        Assert.Contains($"  {broken}: the API failed (HTTP 503): try again later", result.OutLines);
        foreach (var job in done.Skip(1))
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, job.Id, "job.json")));
            Assert.Equal(4, Directory.GetFiles(Path.Combine(folder.Path, job.Id), "transcript.*").Length + 1);
        }

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(folder["report.json"]));
        Assert.Equal(done.Skip(1).Select(j => j.Id).Order(), report.RootElement.GetProperty("archived").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Equal(broken, report.RootElement.GetProperty("failed")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_rerun_after_an_interruption_deletes_what_is_left()
    {
        await using var cli = new CliRun();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        cli.Transport = inner => new DeletesCutOff(inner, allowed: 5);

        var interrupted = await cli.RunAsync("prune", "--status", "done", "--yes", "--concurrency", "1");
        cli.Transport = null;
        var rerun = await cli.RunAsync("prune", "--status", "done", "--yes");

        Assert.Equal(1, interrupted.ExitCode);
        Assert.Equal("deleted 5 jobs", interrupted.OutLines[0][.."deleted 5 jobs".Length]);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal($"deleted {done.Count - 5} jobs", rerun.OutLines[0][..$"deleted {done.Count - 5} jobs".Length]);
        Assert.Empty(await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)));
    }

    [Fact]
    public async Task A_report_in_a_folder_that_cannot_be_written_is_bad_usage_and_nothing_is_deleted()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder["a-file"], "x");
        var before = await cli.JobsAsync();

        var result = await cli.RunAsync("prune", "--yes", "--report", Path.Combine(folder["a-file"], "report.json"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gladia-jobs: cannot write to folder", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before.Count, (await cli.JobsAsync()).Count);
    }
}
