using System.Text.Json;

namespace PreRecordedFx.Cli.Tests;

/// <summary><c>--kind pre-recorded|live|all</c> on every command that acts on existing jobs, against an account with both kinds.</summary>
public sealed class KindCommandTests
{
    private static Dictionary<string, string> Fields(CliResult result) =>
        result.OutLines.Select(l => l.Split(":\t", 2)).ToDictionary(p => p[0], p => p[1]);

    [Fact]
    public async Task List_without_kind_stays_pre_recorded_and_never_asks_for_live_sessions()
    {
        await using var both = new BothKinds();
        var jobs = await both.JobsAsync();

        var result = await both.RunAsync("list", "--all", "--ids");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(jobs.Select(j => j.Id), result.OutLines);
        Assert.Empty(both.Scripted!.LiveRequests);
    }

    [Fact]
    public async Task List_kind_live_lists_the_sessions_with_a_kind_column()
    {
        await using var both = new BothKinds();
        var sessions = await both.SessionsAsync();

        var result = await both.RunAsync("list", "--kind", "live", "--limit", "100");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(sessions.Select(s => s.Id), result.OutLines.Select(l => l.Split('\t')[0]));
        Assert.All(result.OutLines, line => Assert.Equal("live", line.Split('\t')[1]));
        Assert.All(both.Scripted!.LiveRequests, call => Assert.StartsWith("GET /v2/live", call, StringComparison.Ordinal));
    }

    [Fact]
    public async Task List_kind_all_json_holds_both_kinds_each_saying_its_kind()
    {
        await using var both = new BothKinds();
        var jobs = await both.JobsAsync();
        var sessions = await both.SessionsAsync();

        var result = await both.RunAsync("list", "--all", "--kind", "all", "--json");

        Assert.Equal(0, result.ExitCode);
        var listed = JsonDocument.Parse(result.Out).RootElement.EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetString()!, Kind: e.GetProperty("kind").GetString()!)).ToList();
        Assert.Equal(
            [.. jobs.Select(j => (j.Id, "pre-recorded")), .. sessions.Select(s => (s.Id, "live"))],
            listed);
    }

    [Fact]
    public async Task List_kind_all_table_has_a_kind_column()
    {
        await using var both = new BothKinds(jobs: 3, sessions: 2);

        var result = await both.Cli.RunAsync(terminal: true, input: null, "list", "--kind", "all");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("kind", result.OutLines[1], StringComparison.Ordinal);
        Assert.Equal(2, result.OutLines.Count(l => l.Contains(" live ", StringComparison.Ordinal)));
        Assert.Equal(3, result.OutLines.Count(l => l.Contains(" pre-recorded ", StringComparison.Ordinal)));
        Assert.Contains("5 jobs", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list")]
    [InlineData("get", "x")]
    [InlineData("wait", "x")]
    [InlineData("delete", "--yes", "x")]
    [InlineData("download", "x")]
    [InlineData("export", "x")]
    [InlineData("prune")]
    public async Task A_mistyped_kind_is_a_usage_error_naming_the_values(params string[] command)
    {
        await using var cli = new CliRun();

        var result = await cli.RunAsync([.. command, "--kind", "lve"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Equal(["gladia-jobs: bad --kind 'lve': use pre-recorded, live or all (see 'gladia-jobs --help')"], result.ErrorLines);
    }

    [Fact]
    public async Task Get_without_kind_falls_back_to_the_live_session_with_that_id()
    {
        await using var both = new BothKinds();
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await both.RunAsync("get", session.Id);

        Assert.Equal(0, result.ExitCode);
        var fields = Fields(result);
        Assert.Equal(session.Id, fields["id"]);
        Assert.Equal("live", fields["kind"]);
        Assert.Equal("done", fields["status"]);
        Assert.Equal([$"GET /v2/live/{session.Id}"], both.Scripted!.LiveRequests);
    }

    [Fact]
    public async Task Get_of_a_pre_recorded_job_asks_nothing_of_live_sessions()
    {
        await using var both = new BothKinds();
        var job = (await both.JobsAsync())[0];

        var result = await both.RunAsync("get", job.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("pre-recorded", Fields(result)["kind"]);
        Assert.Empty(both.Scripted!.LiveRequests);
    }

    [Fact]
    public async Task Get_with_a_kind_asks_only_that_kind()
    {
        await using var both = new BothKinds();
        var session = (await both.SessionsAsync())[0];

        var asPreRecorded = await both.RunAsync("get", session.Id, "--kind", "pre-recorded");
        var asLive = await both.RunAsync("get", session.Id, "--kind", "live", "--json");

        Assert.Equal(1, asPreRecorded.ExitCode);
        Assert.Equal([$"gladia-jobs: unknown job '{session.Id}': check the id with 'gladia-jobs list'"], asPreRecorded.ErrorLines);
        Assert.Equal(0, asLive.ExitCode);
        var json = JsonDocument.Parse(asLive.Out).RootElement;
        Assert.Equal(session.Id, json.GetProperty("id").GetString());
        Assert.Equal("live", json.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Get_of_an_id_of_neither_kind_says_it_is_unknown_after_asking_both()
    {
        await using var both = new BothKinds();
        const string id = "00000000-0000-4000-8000-000000000000";

        var result = await both.RunAsync("get", id);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([$"gladia-jobs: unknown job '{id}': check the id with 'gladia-jobs list'"], result.ErrorLines);
        Assert.Equal([$"GET /v2/live/{id}"], both.Scripted!.LiveRequests);
    }

    [Fact]
    public async Task Wait_kind_live_and_all_wait_for_a_live_session()
    {
        await using var both = new BothKinds();
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var live = await both.RunAsync("wait", session.Id, "--kind", "live", "--json");
        var all = await both.RunAsync("wait", session.Id, "--kind", "all");
        var preRecorded = await both.RunAsync("wait", session.Id);

        Assert.Equal(0, live.ExitCode);
        Assert.Equal("live", JsonDocument.Parse(live.Out).RootElement.GetProperty("kind").GetString());
        Assert.Equal(0, all.ExitCode);
        Assert.Equal("live", Fields(all)["kind"]);
        Assert.Equal(1, preRecorded.ExitCode);
        Assert.Contains($"unknown job '{session.Id}'", preRecorded.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_kind_live_deletes_the_session_and_says_its_kind()
    {
        await using var both = new BothKinds();
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await both.RunAsync("delete", "--yes", "--kind", "live", session.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal([$"deleted {session.Id} (live)"], result.OutLines);
        Assert.DoesNotContain(session.Id, (await both.SessionsAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task On_a_terminal_delete_kind_all_asks_naming_the_kinds_and_a_no_deletes_nothing()
    {
        await using var both = new BothKinds();
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await both.Cli.RunAsync(terminal: true, input: "n", "delete", "--kind", "all", session.Id);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Delete 1 job of kind pre-recorded or live", result.Out, StringComparison.Ordinal);
        Assert.Contains("Nothing deleted.", result.Out, StringComparison.Ordinal);
        Assert.Empty(both.Scripted!.LiveRequests);
        Assert.Contains(session.Id, (await both.SessionsAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task Delete_without_kind_does_not_touch_a_live_session()
    {
        await using var both = new BothKinds();
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await both.RunAsync("delete", "--yes", session.Id);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(both.Scripted!.LiveRequests);
        Assert.Contains(session.Id, (await both.SessionsAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task Delete_kind_all_finds_each_ids_kind_and_the_json_report_names_them()
    {
        await using var both = new BothKinds();
        var job = (await both.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var result = await both.RunAsync("delete", "--yes", "--json", "--kind", "all", job.Id, session.Id);

        Assert.Equal(0, result.ExitCode);
        var report = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal([job.Id, session.Id], report.GetProperty("deleted").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("pre-recorded", report.GetProperty("kinds").GetProperty(job.Id).GetString());
        Assert.Equal("live", report.GetProperty("kinds").GetProperty(session.Id).GetString());
        Assert.DoesNotContain(job.Id, (await both.JobsAsync()).Select(j => j.Id));
        Assert.DoesNotContain(session.Id, (await both.SessionsAsync()).Select(s => s.Id));
    }

    [Fact]
    public async Task Download_from_kind_all_fetches_the_audio_of_both_kinds()
    {
        await using var both = new BothKinds(jobs: 8, sessions: 6);
        using var folder = new TempFolder();
        var user = await SharedUserAsync(both);
        var expected = (await MatchingAsync(both, user, finishedOnly: false)).Where(j => j.Kind == "live" || j.Status == JobStatus.Done).ToList();

        var result = await both.RunAsync("download", "--from", "--kind", "all", "--status", "done", "--metadata", $"userId={user}", "-o", folder.Path, "--json");

        var report = JsonDocument.Parse(result.Out).RootElement;
        var files = report.GetProperty("files").EnumerateArray().Select(f => (Id: f.GetProperty("id").GetString()!, Kind: f.GetProperty("kind").GetString()!)).ToList();
        Assert.Contains(files, f => f.Kind == "live");
        Assert.Contains(files, f => f.Kind == "pre-recorded");
        Assert.All(report.GetProperty("files").EnumerateArray(), f => Assert.True(File.Exists(f.GetProperty("path").GetString())));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Download_kind_live_of_an_id_fetches_the_sessions_audio_from_live()
    {
        await using var both = new BothKinds();
        using var folder = new TempFolder();
        var session = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).OrderBy(s => s.File.Bind(f => f.AudioDuration).IfNone(double.MaxValue)).First();

        var result = await both.RunAsync("download", "--kind", "live", session.Id, "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"downloaded {session.Id} (live) ", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains($"GET /v2/live/{session.Id}/file", both.Scripted!.LiveRequests);
    }

    [Fact]
    public async Task Export_from_kind_all_writes_both_kinds_and_the_manifest_names_each_kind()
    {
        await using var both = new BothKinds(jobs: 8, sessions: 6);
        using var folder = new TempFolder();

        var result = await both.RunAsync("export", "--from", "--kind", "all", "--status", "done", "-o", folder.Path);

        Assert.Equal(0, result.ExitCode);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "manifest.json"))).RootElement.EnumerateArray().ToList();
        var sessions = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).Select(s => s.Id).ToHashSet();
        var jobs = (await both.JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).Select(j => j.Id).ToHashSet();
        Assert.Equal(sessions.Count + jobs.Count, manifest.Count);
        foreach (var entry in manifest)
        {
            var id = entry.GetProperty("id").GetString()!;
            Assert.Equal(sessions.Contains(id) ? "live" : "pre-recorded", entry.GetProperty("kind").GetString());
            var saved = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, entry.GetProperty("folder").GetString()!, "job.json"))).RootElement;
            Assert.Equal(entry.GetProperty("kind").GetString(), saved.GetProperty("kind").GetString());
        }

        Assert.Contains(result.OutLines, l => l.StartsWith("exported ", StringComparison.Ordinal) && l.Contains(" (live) ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prune_kind_all_by_metadata_dry_run_names_both_kinds_and_deletes_nothing()
    {
        await using var both = new BothKinds();
        var user = await SharedUserAsync(both);
        var matching = await MatchingAsync(both, user, finishedOnly: true);

        var result = await both.RunAsync("prune", "--kind", "all", "--metadata", $"userId={user}", "--sample", "100");

        Assert.Equal(0, result.ExitCode);
        var live = matching.Count(j => j.Kind == "live");
        Assert.StartsWith($"would delete {matching.Count} jobs ({matching.Count - live} pre-recorded, {live} live)", result.OutLines[0], StringComparison.Ordinal);
        foreach (var job in matching)
        {
            Assert.Contains(result.OutLines, l => l.StartsWith($"  {job.Id}\t{job.Kind}\t", StringComparison.Ordinal));
        }

        Assert.Equal("Nothing was deleted: run again with --yes to delete them.", result.OutLines[^1]);
        Assert.Equal(30, (await both.JobsAsync()).Count);
        Assert.Equal(16, (await both.SessionsAsync()).Count);
    }

    [Fact]
    public async Task Prune_kind_all_by_metadata_yes_deletes_exactly_the_matching_jobs_of_both_kinds()
    {
        await using var both = new BothKinds();
        var user = await SharedUserAsync(both);
        var jobsBefore = await both.JobsAsync();
        var sessionsBefore = await both.SessionsAsync();
        var matching = await MatchingAsync(both, user, finishedOnly: true);
        using var folder = new TempFolder();
        var reportFile = Path.Combine(folder.Path, "report.json");

        var result = await both.RunAsync("prune", "--kind", "all", "--metadata", $"userId={user}", "--yes", "--report", reportFile);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("deleting every job of kind pre-recorded or live that the filters match", result.OutLines[0]);
        Assert.StartsWith($"deleted {matching.Count} jobs", result.OutLines[1], StringComparison.Ordinal);
        var gone = matching.Select(j => j.Id).ToHashSet();
        Assert.Equal(jobsBefore.Select(j => j.Id).Where(id => !gone.Contains(id)), (await both.JobsAsync()).Select(j => j.Id));
        Assert.Equal(sessionsBefore.Select(s => s.Id).Where(id => !gone.Contains(id)), (await both.SessionsAsync()).Select(s => s.Id));
        Assert.Contains(matching, j => j.Kind == "live");
        Assert.Contains(matching, j => j.Kind == "pre-recorded");
        var report = JsonDocument.Parse(File.ReadAllText(reportFile)).RootElement;
        Assert.Equal(gone.Order(), report.GetProperty("deleted").EnumerateArray().Select(e => e.GetString()!).Order());
        foreach (var job in matching)
        {
            Assert.Equal(job.Kind, report.GetProperty("kinds").GetProperty(job.Id).GetString());
        }
    }

    [Fact]
    public async Task Prune_kind_live_with_archive_exports_sessions_and_the_manifest_says_live()
    {
        await using var both = new BothKinds(jobs: 5, sessions: 6);
        using var folder = new TempFolder();
        var done = (await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).Select(s => s.Id).ToHashSet();

        var result = await both.RunAsync("prune", "--kind", "live", "--status", "done", "--archive", folder.Path, "--yes", "--json");

        Assert.Equal(0, result.ExitCode);
        var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "manifest.json"))).RootElement.EnumerateArray().ToList();
        Assert.Equal(done.Order(), manifest.Select(e => e.GetProperty("id").GetString()!).Order());
        Assert.All(manifest, e => Assert.Equal("live", e.GetProperty("kind").GetString()));
        Assert.Equal(5, (await both.JobsAsync()).Count);
        Assert.Empty(await both.SessionsAsync(JobQuery.Default.WithStatus(JobStatus.Done)));
    }

    // A userId that finished jobs of both kinds carry (the seeds are fixed, so this is stable).
    internal static async Task<string> SharedUserAsync(BothKinds both)
    {
        static IEnumerable<string> Users(IEnumerable<IJobEnvelope> jobs) =>
            jobs.Where(j => !j.Status.IsPending).SelectMany(j => j.CustomMetadata.ToSeq()).Where(m => m.ContainsKey("userId")).Select(m => m["userId"].GetString()!);

        var shared = Users(await both.JobsAsync()).Intersect(Users(await both.SessionsAsync())).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(shared);
        return shared[0];
    }

    // Every job of either kind with that userId (finished ones only when asked: prune skips the others).
    internal static async Task<List<IJobEnvelope>> MatchingAsync(BothKinds both, string user, bool finishedOnly)
    {
        var query = JobQuery.Default.WithCustomMetadata("userId", user);
        List<IJobEnvelope> all = [.. await both.JobsAsync(query), .. await both.SessionsAsync(query)];
        return [.. all.Where(j => !finishedOnly || !j.Status.IsPending)];
    }
}
