using System.Net;
using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

/// <summary>Nothing is lost: an archive needs its audio, the manifest follows the run, a download resumes.</summary>
public sealed class ArchiveAndResumeTests
{
    private static async Task<byte[]> AudioAsync(CliRun cli, string jobId)
    {
        using var client = cli.Client();
        return (await client.PreRecorded().GetFileAsync(jobId)).Match(Right: b => b, Left: e => throw new InvalidOperationException(e.Message));
    }

    [Fact]
    public async Task Prune_archive_keeps_a_job_whose_audio_answered_404()
    {
        await using var cli = new CliRun(new() { Jobs = 8 });
        using var folder = new TempFolder();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        var silent = done[0].Id;
        cli.Transport = inner => new FailingFiles(inner, HttpStatusCode.NotFound, silent);

        var result = await cli.RunAsync("prune", "--status", "done", "--yes", "--archive", folder.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Out);
        var failed = Assert.Single(report.RootElement.GetProperty("failed").EnumerateArray());
        Assert.Equal(silent, failed.GetProperty("id").GetString());
        Assert.Equal("audio unavailable, not deleted", failed.GetProperty("reason").GetString());
        Assert.Equal([silent], (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).Select(j => j.Id));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(folder["manifest.json"]));
        var entry = manifest.RootElement.EnumerateArray().Single(e => e.GetProperty("id").GetString() == silent);
        Assert.False(entry.GetProperty("complete").GetBoolean());
        Assert.Equal("audio unavailable, not deleted", entry.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Allow_missing_audio_deletes_such_a_job_after_archiving_the_rest()
    {
        await using var cli = new CliRun(new() { Jobs = 8 });
        using var folder = new TempFolder();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        cli.Transport = inner => new FailingFiles(inner, HttpStatusCode.NotFound, done[0].Id);

        var result = await cli.RunAsync("prune", "--status", "done", "--yes", "--archive", folder.Path, "--allow-missing-audio", "--json");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Out);
        Assert.Equal(done.Select(j => j.Id).Order(), report.RootElement.GetProperty("archived").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.Empty(await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)));
        Assert.True(File.Exists(Path.Combine(folder.Path, done[0].Id, "job.json")));
    }

    [Fact]
    public async Task The_manifest_lists_every_archived_job_while_the_run_goes_on()
    {
        await using var cli = new CliRun(new() { Jobs = 8 });
        using var folder = new TempFolder();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        var seen = new List<int>();
        cli.Transport = inner => new BeforeEachDelete(inner, () => seen.Add(ManifestIds(folder).Count));

        var result = await cli.RunAsync("prune", "--status", "done", "--yes", "--archive", folder.Path, "--concurrency", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Enumerable.Range(1, done.Count), seen);
        Assert.Equal(done.Select(j => j.Id).Order(), ManifestIds(folder).Order());
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task An_interrupted_download_is_kept_as_part_and_resumed_with_a_range()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];
        var whole = await AudioAsync(cli, job.Id);
        cli.Transport = inner => new CutFiles(inner, 1000);

        var cut = await cli.RunAsync("download", job.Id, "-o", folder.Path);
        var part = Assert.Single(Directory.GetFiles(folder.Path));
        var kept = await File.ReadAllBytesAsync(part);
        cli.Transport = null;
        var resumed = await cli.RunAsync("download", job.Id, "-o", folder.Path);

        Assert.Equal(1, cut.ExitCode);
        Assert.EndsWith(".part", part, StringComparison.Ordinal);
        Assert.Equal(whole[..1000], kept);
        Assert.Equal(0, resumed.ExitCode);
        var path = part[..^".part".Length];
        Assert.Equal([$"downloaded {job.Id} {path} ({whole.Length} bytes, resumed from byte 1000)"], resumed.OutLines);
        Assert.Equal(whole, await File.ReadAllBytesAsync(path));
        Assert.Equal([path], Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task A_server_that_ignores_the_range_gets_the_whole_file_again()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];
        var whole = await AudioAsync(cli, job.Id);
        cli.Transport = inner => new CutFiles(inner, 1000);
        await cli.RunAsync("download", job.Id, "-o", folder.Path);
        var ignoring = default(RangeIgnored);
        cli.Transport = inner => ignoring = new RangeIgnored(inner);

        var result = await cli.RunAsync("download", job.Id, "-o", folder.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.True(ignoring!.RangesAsked > 0);
        using var report = JsonDocument.Parse(result.Out);
        var file = report.RootElement.GetProperty("files")[0];
        Assert.Equal(0, file.GetProperty("resumedFrom").GetInt64());
        Assert.Equal(whole, await File.ReadAllBytesAsync(file.GetProperty("path").GetString()!));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    private static List<string> ManifestIds(TempFolder folder) =>
        File.Exists(folder["manifest.json"])
            ? [.. JsonDocument.Parse(File.ReadAllText(folder["manifest.json"])).RootElement.EnumerateArray().Where(e => e.GetProperty("complete").GetBoolean()).Select(e => e.GetProperty("id").GetString()!)]
            : [];
}

/// <summary>Runs a check just before each delete reaches the mock.</summary>
public sealed class BeforeEachDelete(HttpMessageHandler inner, Action check) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method == HttpMethod.Delete)
        {
            check();
        }

        return base.SendAsync(request, cancellationToken);
    }
}
