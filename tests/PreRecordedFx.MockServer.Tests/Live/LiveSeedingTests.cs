namespace PreRecordedFx.MockServer.Tests.Live;

/// <summary><c>--live-sessions N</c>: the count, byte-identical sessions per seed, and jobs that do not move when sessions are added.</summary>
public sealed class LiveSeedingTests
{
    private static async Task<(List<string> Live, List<string> Jobs)> Seeded(MockServerOptions options)
    {
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        return ([.. (await client.AllLive()).Select(s => s.GetRawText())], [.. (await client.AllJobs()).Select(j => j.GetRawText())]);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_sessions_and_another_seed_others()
    {
        var first = await Seeded(new MockServerOptions { Seed = 7, Jobs = 10, LiveSessions = 15 });
        var again = await Seeded(new MockServerOptions { Seed = 7, Jobs = 10, LiveSessions = 15 });
        var other = await Seeded(new MockServerOptions { Seed = 8, Jobs = 10, LiveSessions = 15 });

        Assert.Equal(15, first.Live.Count);
        Assert.Equal(first.Live, again.Live);
        Assert.Equal(first.Jobs, again.Jobs);
        Assert.NotEqual(first.Live, other.Live);
    }

    [Fact]
    public async Task Adding_sessions_leaves_the_jobs_of_a_seed_unchanged_and_none_is_possible()
    {
        var none = await Seeded(new MockServerOptions { Seed = 7, Jobs = 25, LiveSessions = 0 });
        var many = await Seeded(new MockServerOptions { Seed = 7, Jobs = 25, LiveSessions = 300 });

        Assert.Empty(none.Live);
        Assert.Equal(300, many.Live.Count);
        Assert.Equal(none.Jobs, many.Jobs);
    }

    [Fact]
    public void A_count_out_of_range_is_a_problem_of_the_options()
    {
        Assert.Contains("LiveSessions must be between 0 and 100000", new MockServerOptions { LiveSessions = -1 }.Problems());
        Assert.Contains("LiveSessions must be between 0 and 100000", new MockServerOptions { LiveSessions = 100_001 }.Problems());
        Assert.Empty(new MockServerOptions { LiveSessions = 100_000 }.Problems());
    }
}
