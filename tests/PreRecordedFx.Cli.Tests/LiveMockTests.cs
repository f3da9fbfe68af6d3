using System.Text.Json;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>
/// <c>--kind</c> against the mock's own seeded live sessions (<c>--live-sessions N</c>): in memory, and the built tool as
/// its own process over a real socket, as the "done when" asks of <c>prune --kind all --metadata … --yes</c>.
/// </summary>
public sealed class LiveMockTests
{
    private static readonly MockServerOptions Account = new() { Jobs = 30, LiveSessions = 20 };

    private static async Task<List<IJobEnvelope>> AllAsync(GladiaClient client, JobQuery? query = null)
    {
        var all = new List<IJobEnvelope>();
        var wanted = (query ?? JobQuery.Default).WithLimit(100);
        await foreach (var item in client.PreRecorded().ListAllAsync(wanted))
        {
            all.Add(item.Match(Right: j => j, Left: e => throw new InvalidOperationException(e.Message)));
        }

        await foreach (var item in client.Live().ListAllAsync(wanted))
        {
            all.Add(item.Match(Right: s => s, Left: e => throw new InvalidOperationException(e.Message)));
        }

        return all;
    }

    // A userId that finished jobs of both kinds carry (the seed is fixed, so this is stable).
    private static string SharedUser(IEnumerable<IJobEnvelope> all)
    {
        var users = all.Where(j => !j.Status.IsPending)
            .SelectMany(j => j.CustomMetadata.ToSeq().Where(m => m.ContainsKey("userId")).Select(m => (User: m["userId"].GetString()!, j.Kind)))
            .GroupBy(u => u.User)
            .Where(g => g.Select(u => u.Kind).Distinct().Count() == 2)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(users);
        return users[0];
    }

    [Fact]
    public async Task Get_finds_a_mock_live_session_by_id_alone_and_list_kind_live_lists_them_all()
    {
        await using var cli = new CliRun(Account);
        using var client = cli.Client();
        var sessions = (await AllAsync(client)).Where(j => j.Kind == JobKinds.Live).ToList();
        Assert.Equal(20, sessions.Count);

        var got = await cli.RunAsync("get", sessions[0].Id);
        var listed = await cli.RunAsync("list", "--all", "--kind", "live", "--ids");
        var preRecorded = await cli.RunAsync("list", "--all", "--ids");

        Assert.Equal(0, got.ExitCode);
        Assert.Contains("kind:\tlive", got.OutLines);
        Assert.Equal(sessions.Select(s => s.Id), listed.OutLines);
        Assert.Equal(30, preRecorded.OutLines.Length);
        Assert.Empty(preRecorded.OutLines.Intersect(listed.OutLines));
    }

    [Fact]
    public async Task Prune_kind_all_by_metadata_deletes_exactly_the_matching_jobs_of_both_kinds_of_the_mock()
    {
        await using var cli = new CliRun(Account);
        using var client = cli.Client();
        var before = await AllAsync(client);
        var user = SharedUser(before);
        var matching = (await AllAsync(client, JobQuery.Default.WithCustomMetadata("userId", user))).Where(j => !j.Status.IsPending).ToList();

        var dryRun = await cli.RunAsync("prune", "--kind", "all", "--metadata", $"userId={user}");
        Assert.Equal(before.Select(j => j.Id), (await AllAsync(client)).Select(j => j.Id));
        var result = await cli.RunAsync("prune", "--kind", "all", "--metadata", $"userId={user}", "--yes", "--json");

        var live = matching.Count(j => j.Kind == JobKinds.Live);
        Assert.True(live > 0 && live < matching.Count, "both kinds match");
        Assert.StartsWith($"would delete {matching.Count} jobs ({matching.Count - live} pre-recorded, {live} live)", dryRun.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(0, result.ExitCode);
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(matching.Select(j => j.Id).Order(), report.GetProperty("deleted").EnumerateArray().Select(e => e.GetString()!).Order());
        Assert.All(matching, job => Assert.Equal(job.Kind, report.GetProperty("kinds").GetProperty(job.Id).GetString()));
        var gone = matching.Select(j => j.Id).ToHashSet();
        Assert.Equal(before.Select(j => j.Id).Where(id => !gone.Contains(id)), (await AllAsync(client)).Select(j => j.Id));
    }

    [Fact]
    public async Task Over_a_socket_the_built_tool_prunes_both_kinds_by_metadata_and_nothing_else()
    {
        await using var mock = new LoopbackMock(Account);
        using var client = new GladiaClient(new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.BaseUrl });
        var before = await AllAsync(client);
        var user = SharedUser(before);
        var matching = (await AllAsync(client, JobQuery.Default.WithCustomMetadata("userId", user))).Where(j => !j.Status.IsPending).Select(j => j.Id).ToHashSet();

        using var tool = new ToolProcess(mock.BaseUrl, "prune", "--kind", "all", "--metadata", $"userId={user}", "--yes");
        var code = await tool.ExitAsync();

        Assert.Equal(0, code);
        Assert.Contains($"deleted {matching.Count} jobs", tool.Output, StringComparison.Ordinal);
        Assert.Equal(before.Select(j => j.Id).Where(id => !matching.Contains(id)), (await AllAsync(client)).Select(j => j.Id));
    }
}
