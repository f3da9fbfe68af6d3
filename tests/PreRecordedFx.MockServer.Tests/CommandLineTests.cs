using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>The mock's command line, run as the real program: help, version, bad input, a busy port, Ctrl+C.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_lists_every_switch_with_its_default_and_environment_variable_and_exits_0()
    {
        using var mock = await MockProcess.RunToExit(["--help"]);

        Assert.Equal(0, mock.ExitCode);
        Assert.Contains("--jobs <value>", mock.Output, StringComparison.Ordinal);
        Assert.Contains("[default: 200] [env: Mock__Jobs]", mock.Output, StringComparison.Ordinal);
        Assert.Contains("[default: http://localhost:5089] [env: ASPNETCORE_URLS]", mock.Output, StringComparison.Ordinal);
        foreach (var entry in CommandLineSwitches.All)
        {
            Assert.Contains($"{entry.Name} <", mock.Output, StringComparison.Ordinal);
            Assert.Contains($"[default: {entry.Default}] [env: {entry.EnvironmentVariable}]", mock.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Gladia pre-recorded mock server", mock.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_package_version_and_exits_0()
    {
        using var mock = await MockProcess.RunToExit(["--version"]);

        Assert.Equal(0, mock.ExitCode);
        Assert.StartsWith("0.2.0", mock.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_is_one_line_naming_the_switch_and_what_is_allowed_with_exit_code_2()
    {
        using var mock = await MockProcess.RunToExit(["--jobs", "abc"]);

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(["--jobs: expected an integer from 0 to 100000, got 'abc'"], mock.ErrorLines);
        Assert.Empty(mock.Output);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once_one_line_each_without_a_stack_trace()
    {
        using var mock = await MockProcess.RunToExit(["--error-rate", "5", "--job", "5", "--reference-time", "soon", "--seed"]);

        Assert.Equal(2, mock.ExitCode);
        string[] expected =
        [
            "--job: unknown switch; did you mean --jobs? (--help lists them all)",
            "--error-rate: expected a number from 0 to 1, got '5'",
            "--reference-time: expected a date and time such as 2026-09-30T00:00:00Z, got 'soon'",
            "--seed: expected an integer, got nothing",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), mock.ErrorLines.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(mock.ErrorLines, line => line.StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_switch_far_from_every_known_one_is_named_without_a_guess()
    {
        using var mock = await MockProcess.RunToExit(["--colour", "blue"]);

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(["--colour: unknown switch (--help lists them all)"], mock.ErrorLines);
    }

    [Fact]
    public async Task A_bad_environment_variable_is_reported_by_its_name_with_exit_code_2()
    {
        using var mock = await MockProcess.RunToExit([], new Dictionary<string, string> { ["Mock__TruncateRate"] = "half" });

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(["Mock__TruncateRate: expected a number from 0 to 1, got 'half'"], mock.ErrorLines);
    }

    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_address_with_exit_code_2()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var url = $"http://localhost:{((IPEndPoint)squatter.LocalEndpoint).Port}";

        using var mock = await MockProcess.RunToExit(["--urls", url]);

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal([$"{url} is in use; choose another with --urls"], mock.ErrorLines);
        Assert.DoesNotContain("Exception", mock.Output, StringComparison.Ordinal);
    }

    // Ctrl+C is SIGINT, sent here with kill(1): CI and the tool's users run Linux or macOS.
    [Fact]
    public async Task Ctrl_C_stops_the_server_cleanly_with_exit_code_0()
    {
        using var mock = MockProcess.Start(["--urls", "http://127.0.0.1:0", "--jobs", "5"]);
        await mock.Listening();

        using (var interrupt = Process.Start("kill", ["-INT", mock.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        Assert.Equal(0, await mock.WaitForExit());
        Assert.Empty(mock.ErrorLines);
        Assert.Contains("Gladia pre-recorded mock server stopped", mock.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", mock.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_banner_stands_alone_and_the_frameworks_logs_come_back_with_log_level()
    {
        using var quiet = MockProcess.Start(["--urls", "http://127.0.0.1:0", "--jobs", "1"]);
        await quiet.Listening();
        using var chatty = MockProcess.Start(["--urls", "http://127.0.0.1:0", "--jobs", "1", "--log-level", "Information"]);
        await chatty.Listening();
        await Task.Delay(500);

        Assert.StartsWith("Gladia pre-recorded mock server", quiet.Output.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Hosting.Lifetime", quiet.Output, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Hosting.Lifetime", chatty.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_log_level_that_is_not_a_level_is_one_line_with_exit_code_2()
    {
        using var mock = await MockProcess.RunToExit(["--log-level", "loud"]);

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(["--log-level: expected one of trace, debug, information, warning, error, critical, none, got 'loud'"], mock.ErrorLines);
    }
}
