using System.Text.Json;
using System.Text.RegularExpressions;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>
/// Real signals to the built tool in its own process, against the mock on a real socket whose every answer is slowed
/// down (its latency fault), so the run is certainly under way when the signal arrives.
/// </summary>
public sealed partial class InterruptTests
{
    private static MockServerOptions Slow => new() { Jobs = 10, LatencyMs = 250 };

    private static List<string> Archived(string folder)
    {
        var path = Path.Combine(folder, "manifest.json");
        if (!File.Exists(path))
        {
            return [];
        }

        using var manifest = JsonDocument.Parse(File.ReadAllText(path));
        return [.. manifest.RootElement.EnumerateArray().Where(e => e.GetProperty("complete").GetBoolean()).Select(e => e.GetProperty("id").GetString()!)];
    }

    private static void NoHalfWrittenFiles(string folder) =>
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));

    [GeneratedRegex(@"^gladia-jobs: interrupted: (nothing changed|[a-z]+ \d+ jobs?(, [a-z]+ \d+ jobs?)*) so far; run the same command again to continue$")]
    private static partial Regex InterruptedLine();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task A_signal_during_prune_archive_is_one_line_exit_130_and_a_manifest_of_every_deleted_job(string signal)
    {
        await using var mock = new LoopbackMock(Slow);
        using var folder = new TempFolder();
        var done = await mock.IdsAsync(JobStatus.Done);
        string[] command = ["prune", "--status", "done", "--yes", "--archive", folder.Path, "--concurrency", "1"];

        using (var tool = new ToolProcess(mock.BaseUrl, command))
        {
            await tool.UntilAsync(() => Archived(folder.Path).Count >= 2);
            tool.Signal(signal);

            Assert.Equal(130, await tool.ExitAsync());
            Assert.Matches(InterruptedLine(), Assert.Single(tool.ErrorLines));
        }

        var deleted = done.Except(await mock.IdsAsync(JobStatus.Done)).ToList();
        Assert.NotEmpty(deleted);
        Assert.True(deleted.Count < done.Count, "the run was stopped before the end");
        Assert.Subset(Archived(folder.Path).ToHashSet(), deleted.ToHashSet());
        NoHalfWrittenFiles(folder.Path);

        using var rerun = new ToolProcess(mock.BaseUrl, command);
        Assert.Equal(0, await rerun.ExitAsync());
        Assert.Empty(await mock.IdsAsync(JobStatus.Done));
        Assert.Equal(done.Order(), Archived(folder.Path).Order());
    }

    [Fact]
    public async Task A_killed_prune_leaves_a_manifest_naming_every_job_it_deleted()
    {
        await using var mock = new LoopbackMock(Slow);
        using var folder = new TempFolder();
        var done = await mock.IdsAsync(JobStatus.Done);

        using (var tool = new ToolProcess(mock.BaseUrl, "prune", "--status", "done", "--yes", "--archive", folder.Path, "--concurrency", "2"))
        {
            await tool.UntilAsync(() => Archived(folder.Path).Count >= 3);
            tool.Kill();
            await tool.ExitAsync();
        }

        var deleted = done.Except(await mock.IdsAsync(JobStatus.Done)).ToHashSet();
        Assert.NotEmpty(deleted);
        Assert.Subset(Archived(folder.Path).ToHashSet(), deleted);
    }

    [Fact]
    public async Task A_signal_during_download_keeps_the_partial_files_and_a_rerun_completes_them()
    {
        await using var mock = new LoopbackMock(Slow);
        using var folder = new TempFolder();
        var done = await mock.IdsAsync(JobStatus.Done);
        string[] command = ["download", "--from", "--status", "done", "-o", folder.Path, "--concurrency", "1"];

        using (var tool = new ToolProcess(mock.BaseUrl, command))
        {
            await tool.UntilAsync(() => Directory.GetFiles(folder.Path).Length >= 2);
            tool.Signal("INT");

            Assert.Equal(130, await tool.ExitAsync());
            Assert.Matches(InterruptedLine(), Assert.Single(tool.ErrorLines));
            Assert.Equal(string.Empty, tool.Output);
        }

        NoHalfWrittenFiles(folder.Path);
        using var rerun = new ToolProcess(mock.BaseUrl, command);
        Assert.Equal(0, await rerun.ExitAsync());
        Assert.Empty(Directory.GetFiles(folder.Path, "*.part"));
        Assert.Equal(done.Count, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public async Task A_signal_during_a_listing_changes_nothing_and_says_so()
    {
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 300, LatencyMs = 400 });

        using var tool = new ToolProcess(mock.BaseUrl, "list", "--all", "--limit", "10", "--ids");
        await tool.UntilAsync(() => tool.Output.Length > 0);
        tool.Signal("INT");

        Assert.Equal(130, await tool.ExitAsync());
        Assert.Equal(["gladia-jobs: interrupted: nothing changed so far; run the same command again to continue"], tool.ErrorLines);
    }
}
