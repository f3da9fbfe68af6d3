using System.Collections.Concurrent;
using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>
/// <c>gladia-jobs mcp</c> driven over stdio by the official SDK's client, as an assistant's client drives it: the built
/// tool as its own process, against the mock on a real socket.
/// </summary>
public sealed class McpServerTests : IAsyncLifetime
{
    private static readonly string[] Done = ["done"];
    private static readonly string[] Error = ["error"];

    private LoopbackMock Mock { get; set; } = null!;

    private McpClient Client { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Mock = new LoopbackMock(new MockServerOptions { Jobs = 40 });
        Client = await Connect(Mock.BaseUrl, MockServerOptions.DefaultApiKey);
    }

    public async Task DisposeAsync()
    {
        await Client.DisposeAsync();
        await Mock.DisposeAsync();
    }

    private static async Task<McpClient> Connect(Uri api, string key, ConcurrentQueue<string>? standardError = null)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "gladia-jobs",
            Command = "dotnet",
            Arguments = [ToolProcess.ToolPath, "mcp", "--base-url", api.ToString()],
            EnvironmentVariables = new Dictionary<string, string?> { ["GLADIA_API_KEY"] = key, ["GLADIA_API_URL"] = null },
            StandardErrorLines = line => standardError?.Enqueue(line),
        });
        return await McpClient.CreateAsync(transport);
    }

    private async Task<CallToolResult> Call(string tool, Dictionary<string, object?>? arguments = null) =>
        await Client.CallToolAsync(tool, arguments ?? []);

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(block => block.Text));

    private static string Ok(CallToolResult result)
    {
        Assert.True(result.IsError is not true, Text(result));
        return Text(result);
    }

    private static string Refused(CallToolResult result)
    {
        Assert.True(result.IsError, "expected a tool error, got: " + Text(result));
        return Text(result);
    }

    private async Task<int> Count(JobStatus? status = null) => (await Mock.IdsAsync(status)).Count;

    [Fact]
    public async Task Initialize_names_the_server_and_tools_list_has_every_tool_with_truthful_annotations()
    {
        var tools = (await Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        Assert.Equal("gladia-jobs", Client.ServerInfo!.Name);
        Assert.Equal(["delete_job", "get_job", "get_transcript", "list_jobs", "prune_jobs"], tools.Keys.Order());
        foreach (var read in new[] { "list_jobs", "get_job", "get_transcript" })
        {
            Assert.True(tools[read].Annotations!.ReadOnlyHint, read);
            Assert.False(tools[read].Annotations!.DestructiveHint, read);
            Assert.True(tools[read].Annotations!.IdempotentHint, read);
        }

        foreach (var write in new[] { "delete_job", "prune_jobs" })
        {
            Assert.False(tools[write].Annotations!.ReadOnlyHint, write);
            Assert.True(tools[write].Annotations!.DestructiveHint, write);
            Assert.Contains("confirm", tools[write].Description!, StringComparison.Ordinal);
            Assert.Contains("confirm", tools[write].InputSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        }

        Assert.Contains("DESTRUCTIVE", tools["delete_job"].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_get_delete_and_prune_tools_take_a_kind_their_schemas_describe()
    {
        var tools = (await Client.ListToolsAsync()).ToDictionary(t => t.Name, t => t.ProtocolTool);

        foreach (var name in new[] { "list_jobs", "get_job", "get_transcript", "delete_job", "prune_jobs" })
        {
            var kind = tools[name].InputSchema.GetProperty("properties").GetProperty("kind");
            var description = kind.GetProperty("description").GetString()!;
            Assert.Contains("pre-recorded", description, StringComparison.Ordinal);
            Assert.Contains("live", description, StringComparison.Ordinal);
            Assert.Contains("all", description, StringComparison.Ordinal);
            Assert.DoesNotContain("kind", tools[name].InputSchema.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()) : []);
        }

        Assert.Contains("(default)", tools["list_jobs"].InputSchema.GetProperty("properties").GetProperty("kind").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("default all", tools["get_job"].InputSchema.GetProperty("properties").GetProperty("kind").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mistyped_kind_is_a_tool_error_naming_the_values()
    {
        var before = await Count();

        var error = Refused(await Call("prune_jobs", new() { ["kind"] = "lve", ["confirm"] = true }));

        Assert.Equal("bad kind 'lve': use pre-recorded, live or all", error);
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task List_jobs_kind_all_covers_the_mocks_live_sessions_too_and_get_job_finds_one_by_id()
    {
        var listed = JsonDocument.Parse(Ok(await Call("list_jobs", new() { ["kind"] = "all", ["all"] = true }))).RootElement.EnumerateArray().ToList();
        var live = listed.Where(job => job.GetProperty("kind").GetString() == "live").ToList();

        Assert.Equal(await Count(), listed.Count - live.Count);
        Assert.NotEmpty(live);
        var summary = Ok(await Call("get_job", new() { ["id"] = live[0].GetProperty("id").GetString() }));
        Assert.Contains("kind:\tlive", summary.Split('\n'));
    }

    [Fact]
    public async Task List_jobs_says_each_jobs_kind_and_stays_pre_recorded_by_default()
    {
        var listed = JsonDocument.Parse(Ok(await Call("list_jobs", new() { ["limit"] = 5 }))).RootElement;

        Assert.Equal(5, listed.GetArrayLength());
        Assert.All(listed.EnumerateArray(), job => Assert.Equal("pre-recorded", job.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task List_jobs_gives_envelopes_filtered_as_the_command_line_filters()
    {
        var done = JsonDocument.Parse(Ok(await Call("list_jobs", new() { ["status"] = Done, ["limit"] = 5 }))).RootElement;
        var all = JsonDocument.Parse(Ok(await Call("list_jobs", new() { ["status"] = Error, ["all"] = true }))).RootElement;

        Assert.Equal(5, done.GetArrayLength());
        Assert.All(done.EnumerateArray(), job =>
        {
            Assert.Equal("done", job.GetProperty("status").GetString());
            Assert.True(job.TryGetProperty("created_at", out _));
            Assert.False(job.TryGetProperty("result", out _));
        });
        Assert.Equal(await Count(JobStatus.Error), all.GetArrayLength());
    }

    [Fact]
    public async Task Get_job_shows_the_summary_or_the_whole_job_and_get_transcript_renders_it()
    {
        var id = (await Mock.IdsAsync(JobStatus.Done))[0];

        var summary = Ok(await Call("get_job", new() { ["id"] = id }));
        var whole = JsonDocument.Parse(Ok(await Call("get_job", new() { ["id"] = id, ["include_result"] = true }))).RootElement;
        var text = Ok(await Call("get_transcript", new() { ["id"] = id }));
        var srt = Ok(await Call("get_transcript", new() { ["id"] = id, ["format"] = "srt" }));
        var vtt = Ok(await Call("get_transcript", new() { ["id"] = id, ["format"] = "vtt" }));

        Assert.Contains($"id:\t{id}", summary, StringComparison.Ordinal);
        Assert.Contains("status:\tdone", summary, StringComparison.Ordinal);
        Assert.Equal(id, whole.GetProperty("id").GetString());
        Assert.True(whole.GetProperty("result").TryGetProperty("transcription", out _));
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.StartsWith("1\n00:00:", srt.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.StartsWith("WEBVTT\n\n00:00:", vtt.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_job_refuses_without_confirm_and_deletes_with_it()
    {
        var id = (await Mock.IdsAsync(JobStatus.Done))[0];

        var refused = Refused(await Call("delete_job", new() { ["id"] = id }));
        Assert.Contains(id, await Mock.IdsAsync(JobStatus.Done));
        var deleted = Ok(await Call("delete_job", new() { ["id"] = id, ["confirm"] = true }));

        Assert.Contains("confirm: true", refused, StringComparison.Ordinal);
        Assert.Equal($"deleted job '{id}'", deleted);
        Assert.DoesNotContain(id, await Mock.IdsAsync(JobStatus.Done));
    }

    [Fact]
    public async Task Prune_without_confirm_deletes_nothing_and_reports_what_would_go()
    {
        var before = await Count();

        var report = Ok(await Call("prune_jobs", new() { ["status"] = Error }));

        Assert.StartsWith($"would delete {await Count(JobStatus.Error)} jobs", report, StringComparison.Ordinal);
        Assert.Equal(before, await Count());
    }

    [Fact]
    public async Task Prune_with_confirm_deletes_exactly_the_matching_jobs_and_max_jobs_refuses_more()
    {
        var errors = await Mock.IdsAsync(JobStatus.Error);
        var others = await Count() - errors.Count;

        var refused = Refused(await Call("prune_jobs", new() { ["status"] = Error, ["confirm"] = true, ["max_jobs"] = errors.Count - 1 }));
        Assert.Equal(errors.Count, await Count(JobStatus.Error));
        var report = Ok(await Call("prune_jobs", new() { ["status"] = Error, ["confirm"] = true, ["max_jobs"] = errors.Count }));

        Assert.Contains($"more than max_jobs ({errors.Count - 1})", refused, StringComparison.Ordinal);
        Assert.StartsWith($"deleted {errors.Count} jobs", report, StringComparison.Ordinal);
        Assert.Equal(0, await Count(JobStatus.Error));
        Assert.Equal(others, await Count());
    }

    [Fact]
    public async Task Prune_by_metadata_deletes_that_users_finished_jobs_and_nothing_else()
    {
        var all = await Mock.JobsAsync(JobQuery.Default);
        var finished = all.Where(j => j.Status == JobStatus.Done || j.Status == JobStatus.Error).ToList();
        var user = finished.Select(UserId).OfType<string>().First();
        var theirs = finished.Where(j => UserId(j) == user).Select(j => j.Id).ToList();
        var metadata = new Dictionary<string, string> { ["userId"] = user };

        var dryRun = Ok(await Call("prune_jobs", new() { ["metadata"] = metadata }));
        var report = Ok(await Call("prune_jobs", new() { ["metadata"] = metadata, ["confirm"] = true }));

        Assert.InRange(theirs.Count, 1, finished.Count - 1);
        Assert.StartsWith($"would delete {theirs.Count} jobs", dryRun, StringComparison.Ordinal);
        Assert.StartsWith($"deleted {theirs.Count} jobs", report, StringComparison.Ordinal);
        Assert.Equal(all.Select(j => j.Id).Except(theirs).Order(), (await Mock.IdsAsync()).Order());
    }

    private static string? UserId(Job job) =>
        job.CustomMetadata.MatchUnsafe(
            Some: m => m.TryGetValue("userId", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null,
            None: () => null);

    [Theory]
    [InlineData("list_jobs", "status", new[] { "finished" }, "bad status 'finished': use queued, processing, done, error")]
    [InlineData("list_jobs", "before", "yesterday", "bad date 'yesterday' for before")]
    [InlineData("list_jobs", "limit", 0, "invalid limit")]
    [InlineData("get_job", "id", "no-such-job", "unknown job 'no-such-job'")]
    [InlineData("get_transcript", "format", "docx", "bad format 'docx'")]
    [InlineData("prune_jobs", "max_jobs", -1, "bad max_jobs -1")]
    public async Task A_bad_argument_is_a_tool_error_saying_what_to_do_and_the_server_carries_on(string tool, string name, object value, string expected)
    {
        var arguments = new Dictionary<string, object?> { [name] = value };
        if (tool == "get_transcript")
        {
            arguments["id"] = (await Mock.IdsAsync(JobStatus.Done))[0];
        }

        var error = Refused(await Call(tool, arguments));

        Assert.Contains(expected, error, StringComparison.Ordinal);
        Ok(await Call("list_jobs", new() { ["limit"] = 1 }));
    }

    [Fact]
    public async Task An_argument_of_the_wrong_type_is_a_tool_error_too()
    {
        var error = Refused(await Call("list_jobs", new() { ["limit"] = "many" }));

        Assert.Equal("bad arguments for list_jobs: one is not of the type its input schema gives", error);
        Ok(await Call("list_jobs", new() { ["limit"] = 1 }));
    }

    [Fact]
    public async Task Refusals_are_answers_not_faults_so_standard_error_stays_quiet()
    {
        var standardError = new ConcurrentQueue<string>();
        var client = await Connect(Mock.BaseUrl, MockServerOptions.DefaultApiKey, standardError);

        var refusals = new[]
        {
            await client.CallToolAsync("delete_job", new Dictionary<string, object?> { ["id"] = "no-such-job" }),
            await client.CallToolAsync("get_job", new Dictionary<string, object?> { ["id"] = "no-such-job" }),
            await client.CallToolAsync("list_jobs", new Dictionary<string, object?> { ["offset"] = "none" }),
        };
        await client.DisposeAsync();

        Assert.All(refusals, result => Assert.True(result.IsError));
        Assert.Equal("unknown job 'no-such-job': check the id with 'gladia-jobs list'", Text(refusals[1]));
        Assert.Empty(standardError);
    }

    [Fact]
    public async Task A_refused_key_is_a_tool_error_that_never_shows_the_key()
    {
        const string wrongKey = "sk-wrong-5f1e9a";
        await using var client = await Connect(Mock.BaseUrl, wrongKey);

        var error = await client.CallToolAsync("list_jobs", new Dictionary<string, object?>());

        Assert.True(error.IsError);
        Assert.Equal("the API key was refused: check GLADIA_API_KEY or --api-key", Text(error));
        Assert.DoesNotContain(wrongKey, Text(error), StringComparison.Ordinal);
    }
}
