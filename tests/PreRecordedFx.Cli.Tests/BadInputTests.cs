namespace PreRecordedFx.Cli.Tests;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("--date", "30/09/2026", "gladia-jobs: bad date '30/09/2026' for --date: use 2026-09-30 (see 'gladia-jobs --help')")]
    [InlineData("--after", "yesterday", "gladia-jobs: bad date 'yesterday' for --after: use 2026-09-01 or 2026-09-01T12:00:00Z (see 'gladia-jobs --help')")]
    [InlineData("--metadata", "team", "gladia-jobs: bad --metadata 'team': use key=value (see 'gladia-jobs --help')")]
    [InlineData("--limit", "0", "gladia-jobs: bad --limit: it must be at least 1 (see 'gladia-jobs --help')")]
    public async Task A_bad_filter_is_one_line_and_exit_2(string option, string value, string expected)
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("list", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([expected], result.ErrorLines);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("list", "--limit")]
    [InlineData("list", "--offset")]
    [InlineData("prune", "--concurrency")]
    [InlineData("wait", "--timeout")]
    public async Task A_number_that_is_not_a_number_is_one_line_and_exit_2(string command, string option)
    {
        await using var cli = new CliRun();
        string[] args = command == "wait" ? [command, "some-id", option, "abc"] : [command, option, "abc"];

        var result = await cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'abc'", line, StringComparison.Ordinal);
        Assert.Contains(option, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_status_is_bad_usage()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("prune", "--status", "finished");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("finished", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_option_is_one_line_with_a_suggestion_and_exit_2()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("list", "--stauts", "done");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("'--stauts'", line, StringComparison.Ordinal);
        Assert.Contains("--status", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_command_is_one_line_and_exit_2()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("lsit");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("list", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_is_one_line_that_never_shows_the_key()
    {
        await using var cli = new CliRun();
        cli.Variables["GLADIA_API_KEY"] = "sk-wrong-5ecret";

        var result = await cli.RunAsync("list", "--verbose");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("gladia-jobs: the API key was refused: check GLADIA_API_KEY or --api-key", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("5ecret", result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_option_wins_over_the_variable()
    {
        await using var cli = new CliRun();
        cli.Variables["GLADIA_API_KEY"] = "wrong";

        var result = await cli.RunAsync("list", "--api-key", "gladia-mock-key", "--ids");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(20, result.OutLines.Length);
    }

    [Fact]
    public async Task No_key_at_all_is_bad_usage_saying_where_to_set_it()
    {
        await using var cli = new CliRun();
        cli.Variables.Clear();

        var result = await cli.RunAsync("list");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["gladia-jobs: no API key: set GLADIA_API_KEY or pass --api-key"], result.ErrorLines);
    }

    [Fact]
    public async Task An_unreachable_server_is_one_line_naming_it()
    {
        await using var cli = new CliRun { RealNetwork = true, BaseUrl = "http://127.0.0.1:9" };

        var result = await cli.RunAsync("get", "00000000-0000-4000-8000-000000000000");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["gladia-jobs: cannot reach http://127.0.0.1:9: check the address (--base-url, GLADIA_API_URL) and that it is running"], result.ErrorLines);
    }

    [Fact]
    public async Task A_base_url_that_is_not_http_is_bad_usage()
    {
        await using var cli = new CliRun { BaseUrl = "ftp://example.com" };

        var result = await cli.RunAsync("list");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gladia-jobs: bad --base-url 'ftp://example.com'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_prune_is_one_line_saying_a_rerun_continues()
    {
        await using var cli = new CliRun();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        cli.Cancellation = cancel.Token;
        var before = await cli.JobsAsync();

        var result = await cli.RunAsync("prune", "--yes");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal(["gladia-jobs: interrupted: nothing changed so far; run the same command again to continue"], result.ErrorLines);
        Assert.Equal(before.Count, (await cli.JobsAsync()).Count);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_exits_0()
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "list", "get", "download", "export", "delete", "prune" })
        {
            Assert.Contains(command, result.Out, StringComparison.Ordinal);
        }
    }
}
