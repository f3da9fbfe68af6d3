namespace PreRecordedFx.MockServer.Tests.Live;

/// <summary><c>--live-sessions</c> on the real program: checked like every switch, shown in the banner, served over a socket.</summary>
public sealed class LiveCommandLineTests
{
    [Fact]
    public async Task The_switch_sets_how_many_sessions_the_running_server_serves_and_the_banner_says_so()
    {
        using var mock = MockProcess.Start(["--urls", "http://127.0.0.1:0", "--jobs", "3", "--live-sessions", "7"]);
        var url = (await mock.Listening()).Split(':', 2)[1].Trim();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);

        var sessions = await client.AllLive();

        Assert.Equal(7, sessions.Count);
        Assert.Equal(3, (await client.AllJobs()).Count);
        Assert.Contains("Live    : 7 sessions (/v2/live)", mock.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_count_is_one_line_naming_the_switch_with_exit_code_2()
    {
        using var mock = await MockProcess.RunToExit(["--live-sessions", "-1"]);

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(["--live-sessions: expected an integer from 0 to 100000, got '-1'"], mock.ErrorLines);
    }

    [Fact]
    public async Task The_environment_variable_is_checked_by_its_name()
    {
        using var mock = await MockProcess.RunToExit([], new Dictionary<string, string> { ["Mock__LiveSessions"] = "many" });

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(["Mock__LiveSessions: expected an integer from 0 to 100000, got 'many'"], mock.ErrorLines);
    }
}
