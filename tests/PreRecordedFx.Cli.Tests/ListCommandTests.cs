using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

public sealed class ListCommandTests
{
    [Fact]
    public async Task List_in_a_pipe_writes_one_tab_separated_line_per_job_of_the_first_page()
    {
        await using var cli = new CliRun();
        var jobs = await cli.JobsAsync();

        var result = await cli.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(jobs.Take(20).Select(j => j.Id), result.OutLines.Select(l => l.Split('\t')[0]));
        var first = result.OutLines[0].Split('\t');
        Assert.Equal([jobs[0].Id, jobs[0].Status.Value, jobs[0].CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)], first[..3]);
        Assert.Empty(result.Error);
    }

    [Fact]
    public async Task List_all_with_ids_walks_every_page()
    {
        await using var cli = new CliRun();
        var jobs = await cli.JobsAsync();

        var result = await cli.RunAsync("list", "--all", "--limit", "7", "--ids");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(jobs.Select(j => j.Id), result.OutLines);
    }

    [Fact]
    public async Task Filters_are_passed_to_the_api()
    {
        await using var cli = new CliRun();
        var expected = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done, JobStatus.Error));

        var result = await cli.RunAsync("list", "--all", "--status", "done", "--status", "error", "--ids");

        Assert.Equal(expected.Select(j => j.Id), result.OutLines);
    }

    [Fact]
    public async Task Metadata_and_date_filters_narrow_the_list()
    {
        await using var cli = new CliRun();
        var all = await cli.JobsAsync();
        var tagged = all.Skip(1).First(j => j.CustomMetadata.Map(m => m.ContainsKey("userId")).IfNone(false));
        var user = tagged.CustomMetadata.Map(m => m["userId"].GetString()!).IfNone("?");
        var pivot = all[0].CreatedAt;
        var expected = await cli.JobsAsync(JobQuery.Default.WithBeforeDate(pivot).WithCustomMetadata("userId", user));

        var result = await cli.RunAsync("list", "--all", "--before", pivot.ToString("O"), "--metadata", $"userId={user}", "--ids");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(tagged.Id, result.OutLines);
        Assert.InRange(expected.Count, 1, all.Count - 1);
        Assert.Equal(expected.Select(j => j.Id), result.OutLines);
    }

    [Fact]
    public async Task Json_is_one_array_of_job_envelopes_in_the_wire_format_without_results()
    {
        await using var cli = new CliRun();
        var jobs = await cli.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done));

        var result = await cli.RunAsync("list", "--limit", "3", "--status", "done", "--json");

        using var document = JsonDocument.Parse(result.Out);
        Assert.Equal(jobs.Take(3).Select(j => j.Id), document.RootElement.EnumerateArray().Select(job => job.GetProperty("id").GetString()));
        Assert.All(document.RootElement.EnumerateArray(), job =>
        {
            Assert.Equal("done", job.GetProperty("status").GetString());
            Assert.True(job.TryGetProperty("created_at", out _));
            Assert.True(job.GetProperty("file").TryGetProperty("audio_duration", out _));
            Assert.False(job.TryGetProperty("result", out _));
            Assert.False(job.TryGetProperty("request_params", out _));
        });
        Assert.True(jobs[0].Result.IsSome, "the whole job has a result, which the listing left out");
    }

    [Fact]
    public async Task Jsonl_is_one_job_per_line()
    {
        await using var cli = new CliRun();
        var jobs = await cli.JobsAsync();

        var result = await cli.RunAsync("list", "--all", "--jsonl");

        Assert.Equal(jobs.Select(j => j.Id), result.OutLines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task On_a_terminal_list_draws_a_table_with_a_count()
    {
        await using var cli = new CliRun();
        var jobs = await cli.JobsAsync();

        var result = await cli.RunAsync(terminal: true, input: null, "list", "--all");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("audio", result.Out, StringComparison.Ordinal);
        Assert.Contains("metadata", result.Out, StringComparison.Ordinal);
        Assert.All(jobs, job => Assert.Contains(job.Id, result.Out, StringComparison.Ordinal));
        Assert.Contains($"{jobs.Count} jobs", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_output_formats_at_once_are_bad_usage()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("list", "--json", "--ids");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["gladia-jobs: choose one of --json, --jsonl and --ids (see 'gladia-jobs --help')"], result.ErrorLines);
    }
}
