namespace PreRecordedFx.Cli.Tests;

public sealed class DownloadCommandTests
{
    [Fact]
    public async Task Download_writes_each_jobs_audio_under_the_servers_file_name()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var jobs = (await cli.ShortDoneJobsAsync()).Take(3).ToList();
        using var client = cli.Client();

        var result = await cli.RunAsync(["download", .. jobs.Select(j => j.Id), "-o", folder.Path]);

        Assert.Equal(0, result.ExitCode);
        foreach (var job in jobs)
        {
            var name = (await client.PreRecorded().OpenFileAsync(job.Id)).Match(Right: d => { using (d) { return d.Info.FileName.IfNone("?"); } }, Left: e => e.Message);
            var bytes = (await client.PreRecorded().GetFileAsync(job.Id)).IfLeft([]);
            var path = File.Exists(folder[name]) ? folder[name] : folder[$"{job.Id}-{name}"];
            Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
            Assert.Contains($"downloaded {job.Id} {path} ({bytes.Length} bytes)", result.OutLines);
        }
    }

    [Fact]
    public async Task A_second_download_skips_files_already_complete()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];
        await cli.RunAsync("download", job.Id, "-o", folder.Path);
        var file = Assert.Single(Directory.GetFiles(folder.Path));
        var written = File.GetLastWriteTimeUtc(file);

        var result = await cli.RunAsync("download", job.Id, "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"complete {job.Id} {file}"], result.OutLines);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public async Task A_truncated_earlier_file_is_downloaded_again()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];
        await cli.RunAsync("download", job.Id, "-o", folder.Path);
        var file = Assert.Single(Directory.GetFiles(folder.Path));
        var length = new FileInfo(file).Length;
        await File.WriteAllBytesAsync(file, [1, 2, 3]);

        var result = await cli.RunAsync("download", job.Id, "-o", folder.Path);

        Assert.StartsWith($"downloaded {job.Id}", Assert.Single(result.OutLines), StringComparison.Ordinal);
        Assert.Equal(length, new FileInfo(file).Length);
    }

    [Fact]
    public async Task Download_from_a_filter_takes_every_matching_job()
    {
        await using var cli = new CliRun(new() { Jobs = 12 });
        using var folder = new TempFolder();
        var errors = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error));

        var result = await cli.RunAsync("download", "--from", "--status", "error", "-o", folder.Path, "--concurrency", "2");

        Assert.Equal(errors.Select(j => j.Id).Order(), result.OutLines.Select(l => l.Split(' ')[1]).Order());
        Assert.Equal(errors.Count, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public async Task A_failed_download_is_one_line_and_exit_1_while_the_others_complete()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var jobs = (await cli.ShortDoneJobsAsync()).Take(2).ToList();
        cli.Transport = inner => new FailingFiles(inner, jobs[0].Id);

        var result = await cli.RunAsync("download", jobs[0].Id, jobs[1].Id, "-o", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["gladia-jobs: the API failed (HTTP 503): try again later"], result.ErrorLines);
        Assert.StartsWith($"downloaded {jobs[1].Id}", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ids_and_from_together_are_bad_usage()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("download", "abc", "--from", "--status", "done");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["gladia-jobs: give job ids or --from with list filters, not both or neither (see 'gladia-jobs --help')"], result.ErrorLines);
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_is_one_line_and_exit_2()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var blocker = folder["a-file"];
        await File.WriteAllTextAsync(blocker, "not a folder");

        var result = await cli.RunAsync("download", "--from", "--status", "done", "-o", Path.Combine(blocker, "audio"));

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"gladia-jobs: cannot write to folder '{Path.Combine(blocker, "audio")}'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_job_without_audio_is_one_line_saying_so()
    {
        await using var cli = new CliRun(new() { Jobs = 200 });
        using var folder = new TempFolder();
        var silent = (await cli.JobsAsync()).First(j => j.File.Bind(f => f.AudioDuration).IsNone);

        var result = await cli.RunAsync("download", silent.Id, "-o", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"gladia-jobs: job '{silent.Id}' has no audio on the server, or does not exist: check it with 'gladia-jobs get {silent.Id}'"], result.ErrorLines);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
