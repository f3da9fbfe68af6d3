using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_writes_the_job_and_its_transcripts_into_one_folder_per_job_with_a_manifest()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];

        var result = await cli.RunAsync("export", job.Id, "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        var jobFolder = folder[job.Id];
        Assert.Equal(["job.json", "transcript.srt", "transcript.txt", "transcript.vtt"], Directory.GetFiles(jobFolder).Select(Path.GetFileName).Order());
        Assert.Equal(Transcripts.PlainText(job).IfLeft("?"), await File.ReadAllTextAsync(Path.Combine(jobFolder, "transcript.txt")));
        Assert.Equal(Transcripts.Subtitles(job, SubtitleFormat.Srt).IfLeft("?"), await File.ReadAllTextAsync(Path.Combine(jobFolder, "transcript.srt")));
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(Path.Combine(jobFolder, "transcript.vtt")), StringComparison.Ordinal);
        using var saved = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(jobFolder, "job.json")));
        Assert.Equal(job.Id, saved.RootElement.GetProperty("id").GetString());
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(folder["manifest.json"]));
        var entry = Assert.Single(manifest.RootElement.EnumerateArray().ToList());
        Assert.Equal(job.Id, entry.GetProperty("id").GetString());
        Assert.True(entry.GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task Export_with_audio_adds_the_audio_under_the_servers_file_name()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];
        using var client = cli.Client();
        var bytes = (await client.PreRecorded().GetFileAsync(job.Id)).IfLeft([]);

        var result = await cli.RunAsync("export", job.Id, "-o", folder.Path, "--audio");

        Assert.Equal(0, result.ExitCode);
        var audio = Assert.Single(Directory.GetFiles(folder[job.Id]), f => !Path.GetFileName(f).StartsWith("transcript", StringComparison.Ordinal) && !f.EndsWith("job.json", StringComparison.Ordinal));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(audio));
    }

    [Fact]
    public async Task A_job_without_a_transcript_exports_its_json_and_a_note()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error)))[0];

        var result = await cli.RunAsync("export", job.Id, "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["job.json"], Directory.GetFiles(folder[job.Id]).Select(Path.GetFileName));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(folder["manifest.json"]));
        Assert.Equal("no transcript: the job is error", manifest.RootElement[0].GetProperty("note").GetString());
    }

    [Fact]
    public async Task A_rerun_adds_to_the_manifest_instead_of_replacing_it()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var jobs = (await cli.ShortDoneJobsAsync()).Take(2).ToList();

        await cli.RunAsync("export", jobs[0].Id, "-o", folder.Path);
        await cli.RunAsync("export", jobs[1].Id, "-o", folder.Path);

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(folder["manifest.json"]));
        Assert.Equal(jobs.Select(j => j.Id), manifest.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task An_unknown_job_is_a_failed_manifest_entry_and_exit_1()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();

        var result = await cli.RunAsync("export", "00000000-0000-4000-8000-000000000000", "-o", folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gladia-jobs: unknown job '00000000-0000-4000-8000-000000000000'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(folder["manifest.json"]));
        Assert.False(manifest.RootElement[0].GetProperty("complete").GetBoolean());
    }

    [Fact]
    public async Task A_job_without_audio_on_the_server_exports_completely_with_a_note()
    {
        await using var cli = new CliRun(new() { Jobs = 200 });
        using var folder = new TempFolder();
        var silent = (await cli.JobsAsync()).First(j => !j.Status.IsPending && j.File.Bind(f => f.AudioDuration).IsNone);

        var result = await cli.RunAsync("export", silent.Id, "-o", folder.Path, "--audio");

        Assert.Equal(0, result.ExitCode);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(folder["manifest.json"]));
        Assert.True(manifest.RootElement[0].GetProperty("complete").GetBoolean());
        Assert.EndsWith("no audio on the server", manifest.RootElement[0].GetProperty("note").GetString(), StringComparison.Ordinal);
    }
}
