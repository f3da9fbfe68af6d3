using System.Text.Json;
using ModelContextProtocol;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>The MCP tools' <c>kind</c>, called in process on an account with both kinds (see <see cref="BothKinds"/>).</summary>
public sealed class McpKindTests : IAsyncLifetime
{
    private BothKinds Both { get; } = new();

    private GladiaClient Client { get; set; } = null!;

    private JobTools Tools { get; set; } = null!;

    public Task InitializeAsync()
    {
        Client = new GladiaClient(
            new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = new Uri(CliRun.Api) },
            new LiveSessionsFrom(Both.Cli.Handler, Both.LiveHandler));
        Tools = new JobTools(choice => JobCollection.Of(Client, choice), (error, id) => Failures.Describe(error, new Uri(CliRun.Api), id, verbose: false));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Both.DisposeAsync();
    }

    [Fact]
    public async Task List_jobs_kind_all_lists_both_kinds_each_with_its_kind()
    {
        var jobs = await Both.JobsAsync();
        var sessions = await Both.SessionsAsync();

        var listed = JsonDocument.Parse(await Tools.ListJobs(all: true, kind: "all")).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("kind").GetString()!)).ToList();
        var live = JsonDocument.Parse(await Tools.ListJobs(kind: "live", limit: 100)).RootElement.EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()!).ToList();

        Assert.Equal([.. jobs.Select(j => (j.Id, "pre-recorded")), .. sessions.Select(s => (s.Id, "live"))], listed);
        Assert.Equal(sessions.Select(s => s.Id), live);
    }

    [Fact]
    public async Task Get_job_finds_a_live_session_by_id_alone_unless_kind_says_otherwise()
    {
        var session = (await Both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var summary = await Tools.GetJob(session.Id);
        var whole = JsonDocument.Parse(await Tools.GetJob(session.Id, include_result: true)).RootElement;
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.GetJob(session.Id, kind: "pre-recorded"));

        Assert.Contains("kind:\tlive", summary.Split('\n'));
        Assert.Equal("live", whole.GetProperty("kind").GetString());
        Assert.Equal($"unknown job '{session.Id}': check the id with 'gladia-jobs list'", refused.Message);
    }

    [Fact]
    public async Task Delete_job_deletes_a_live_session_only_with_its_kind()
    {
        var session = (await Both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.DeleteJob(session.Id, confirm: true));
        Assert.Contains(session.Id, (await Both.SessionsAsync()).Select(s => s.Id));
        var deleted = await Tools.DeleteJob(session.Id, confirm: true, kind: "live");

        Assert.Contains("unknown job", refused.Message, StringComparison.Ordinal);
        Assert.Equal($"deleted job '{session.Id}' (live)", deleted);
        Assert.DoesNotContain(session.Id, (await Both.SessionsAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task Prune_jobs_kind_all_by_metadata_deletes_exactly_the_matching_jobs_of_both_kinds()
    {
        var user = await KindCommandTests.SharedUserAsync(Both);
        var matching = await KindCommandTests.MatchingAsync(Both, user, finishedOnly: true);
        var jobsBefore = await Both.JobsAsync();
        var sessionsBefore = await Both.SessionsAsync();
        var metadata = new Dictionary<string, string> { ["userId"] = user };

        var dryRun = await Tools.PruneJobs(metadata: metadata, kind: "all");
        Assert.Equal(jobsBefore.Count, (await Both.JobsAsync()).Count);
        var report = await Tools.PruneJobs(metadata: metadata, kind: "all", confirm: true);

        var live = matching.Count(j => j.Kind == "live");
        Assert.StartsWith($"would delete {matching.Count} jobs ({matching.Count - live} pre-recorded, {live} live)", dryRun, StringComparison.Ordinal);
        Assert.StartsWith($"deleted {matching.Count} jobs ({matching.Count - live} pre-recorded, {live} live)", report, StringComparison.Ordinal);
        var kinds = JsonDocument.Parse(report[(report.IndexOf('\n', StringComparison.Ordinal) + 1)..]).RootElement.GetProperty("kinds");
        Assert.All(matching, job => Assert.Equal(job.Kind, kinds.GetProperty(job.Id).GetString()));
        var gone = matching.Select(j => j.Id).ToHashSet();
        Assert.Equal(jobsBefore.Select(j => j.Id).Where(id => !gone.Contains(id)), (await Both.JobsAsync()).Select(j => j.Id));
        Assert.Equal(sessionsBefore.Select(s => s.Id).Where(id => !gone.Contains(id)), (await Both.SessionsAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task A_mistyped_kind_is_refused_before_any_call()
    {
        var refused = await Assert.ThrowsAsync<McpException>(() => Tools.ListJobs(kind: "both"));

        Assert.Equal("bad kind 'both': use pre-recorded, live or all", refused.Message);
    }
}
