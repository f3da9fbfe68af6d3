using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

/// <summary>One output contract: with --json every command prints one JSON document on stdout, messages on stderr.</summary>
public sealed class OutputContractTests
{
    private static JsonElement OneDocument(CliResult result)
    {
        Assert.DoesNotContain('{', result.Error);
        using var document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task List_get_and_wait_print_jobs()
    {
        await using var cli = new CliRun();
        var done = (await cli.ShortDoneJobsAsync())[0];

        var list = OneDocument(await cli.RunAsync("list", "--status", "done", "--json"));
        var get = OneDocument(await cli.RunAsync("get", done.Id, "--json"));
        var wait = OneDocument(await cli.RunAsync("wait", done.Id, "--json"));

        Assert.All(list.EnumerateArray(), job => Assert.Equal("done", job.GetProperty("status").GetString()));
        Assert.Equal(done.Id, get.GetProperty("id").GetString());
        Assert.Equal("done", wait.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Get_json_keeps_the_members_this_tool_does_not_know()
    {
        await using var cli = new CliRun();
        var job = (await cli.JobsAsync())[0];
        cli.Transport = inner => new FutureMembers(inner);

        var result = await cli.RunAsync("get", job.Id, "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(42, OneDocument(result).GetProperty("from_the_future").GetProperty("answer").GetInt32());
    }

    [Fact]
    public async Task Delete_reports_what_it_deleted_and_what_failed()
    {
        await using var cli = new CliRun();
        var job = (await cli.ShortDoneJobsAsync())[0];

        var result = await cli.RunAsync("delete", "--yes", "--json", job.Id, "x");

        Assert.Equal(1, result.ExitCode);
        var report = OneDocument(result);
        Assert.Equal([job.Id], Strings(report.GetProperty("deleted")));
        Assert.Equal("x", report.GetProperty("failed")[0].GetProperty("id").GetString());
        Assert.StartsWith("unknown job 'x'", report.GetProperty("failed")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal([$"deleted {job.Id}", "gladia-jobs: " + report.GetProperty("failed")[0].GetProperty("reason").GetString()], result.ErrorLines);
    }

    [Fact]
    public async Task Download_reports_each_file()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];

        var result = await cli.RunAsync("download", job.Id, "-o", folder.Path, "--json");

        Assert.Equal(0, result.ExitCode);
        var file = Assert.Single(OneDocument(result).GetProperty("files").EnumerateArray());
        Assert.Equal(job.Id, file.GetProperty("id").GetString());
        Assert.Equal(new FileInfo(file.GetProperty("path").GetString()!).Length, file.GetProperty("bytes").GetInt64());
        Assert.False(file.GetProperty("skipped").GetBoolean());
        Assert.Equal(0, file.GetProperty("resumedFrom").GetInt64());
        Assert.Equal(0, OneDocument(result).GetProperty("failed").GetArrayLength());
    }

    [Fact]
    public async Task Export_reports_the_manifest_entries()
    {
        await using var cli = new CliRun();
        using var folder = new TempFolder();
        var job = (await cli.ShortDoneJobsAsync())[0];

        var result = await cli.RunAsync("export", job.Id, "missing", "-o", folder.Path, "--json");

        Assert.Equal(1, result.ExitCode);
        var report = OneDocument(result);
        Assert.Equal(folder.Path, report.GetProperty("folder").GetString());
        var exported = Assert.Single(report.GetProperty("exported").EnumerateArray());
        Assert.Equal(job.Id, exported.GetProperty("id").GetString());
        Assert.True(exported.GetProperty("complete").GetBoolean());
        Assert.Equal("missing", Assert.Single(report.GetProperty("failed").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Prune_prints_its_report()
    {
        await using var cli = new CliRun();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));

        var result = await cli.RunAsync("prune", "--status", "done", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var report = OneDocument(result);
        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(done.Count, report.GetProperty("matched").GetInt32());
        Assert.Equal(done.Select(j => j.Id).Order(), Strings(report.GetProperty("wouldDelete")).Order());
        Assert.Equal(0, report.GetProperty("deleted").GetArrayLength());
    }

    [Fact]
    public async Task Delete_reads_ids_from_standard_input()
    {
        await using var cli = new CliRun();
        var errors = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error));
        Assert.NotEmpty(errors);
        var listed = await cli.RunAsync("list", "--all", "--status", "error", "--ids");
        cli.StandardInput = listed.Out + "\n  \n";

        var result = await cli.RunAsync("delete", "--yes", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(errors.Select(j => $"deleted {j.Id}"), result.OutLines);
        Assert.Empty(await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error)));
    }

    [Fact]
    public async Task Delete_from_standard_input_never_prompts()
    {
        await using var cli = new CliRun();
        cli.StandardInput = "some-id\n";

        var result = await cli.RunAsync(terminal: true, input: null, "delete", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["gladia-jobs: refusing to delete without confirmation: pass --yes"], result.ErrorLines);
    }

    [Fact]
    public async Task Prune_with_ids_deletes_only_those_and_names_the_ones_the_filters_did_not_match()
    {
        await using var cli = new CliRun();
        var done = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));
        var error = (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Error)))[0];
        cli.StandardInput = $"{done[0].Id}\n{done[1].Id}\n{error.Id}\n";

        var result = await cli.RunAsync("prune", "--status", "done", "--yes", "--json", "-");

        Assert.Equal(0, result.ExitCode);
        var report = OneDocument(result);
        Assert.Equal(3, report.GetProperty("matched").GetInt32() + 1);
        Assert.Equal(new[] { done[0].Id, done[1].Id }.Order(), Strings(report.GetProperty("deleted")).Order());
        var skipped = Assert.Single(report.GetProperty("skipped").EnumerateArray());
        Assert.Equal(error.Id, skipped.GetProperty("id").GetString());
        Assert.Equal("not matched by the filters (or no such job)", skipped.GetProperty("reason").GetString());
        Assert.Equal(done.Skip(2).Select(j => j.Id), (await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).Select(j => j.Id));
        Assert.Contains(error.Id, (await cli.JobsAsync()).Select(j => j.Id));
    }

    [Theory]
    [InlineData("list")]
    [InlineData("get")]
    [InlineData("download")]
    [InlineData("export")]
    [InlineData("delete")]
    [InlineData("prune")]
    [InlineData("wait")]
    public async Task Every_command_shows_examples_the_exit_codes_and_takes_json(string command)
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines.Select(l => l.Trim()).ToList();
        var examples = lines.IndexOf("Examples:");
        Assert.True(lines.Skip(examples + 1).TakeWhile(l => l.Length > 0).Count(l => l.StartsWith("gladia-jobs ", StringComparison.Ordinal)) is >= 2 and <= 3);
        Assert.Contains("130  interrupted (Ctrl+C or SIGTERM); run the same command again to continue", lines);
        Assert.Contains(lines, l => l.StartsWith("0    everything asked for was done", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("--json", StringComparison.Ordinal));
    }
}
