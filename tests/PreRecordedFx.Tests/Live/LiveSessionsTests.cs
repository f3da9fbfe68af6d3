using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>
/// <c>client.Live()</c> on scripted servers: every call goes to <c>/v2/live</c>, and hostile answers (bad and huge
/// bodies, redirects, 429 with Retry-After, bad ids) end as the same typed errors as for pre-recorded jobs.
/// </summary>
public sealed class LiveSessionsTests
{
    [Fact]
    public async Task Get_reads_a_live_session_from_its_own_path()
    {
        var handler = new ScriptedHandler((request, _) => Wire.Json(LiveWire.Json()));
        using var client = Clients.On(handler);

        var session = RightOf(await client.Live().GetAsync(LiveWire.Id));

        Assert.Equal("/v2/live/" + LiveWire.Id, Assert.Single(handler.Seen).Uri.AbsolutePath);
        Assert.Equal((LiveWire.Id, JobKinds.Live, "wav/pcm"), (session.Id, session.Kind, session.RequestParams.Bind(p => p.Encoding).IfNone("")));
        Assert.Equal(["{\"type\":\"end_session\"}"], session.Result.Map(r => r.Messages).IfNone([]));
    }

    [Theory]
    [InlineData("{\"id\":\"abc\",\"status\":")]
    [InlineData("null")]
    [InlineData("{\"items\": 42}")]
    public async Task A_body_that_is_not_a_session_is_a_MalformedResponse(string body)
    {
        using var client = Clients.On(new ScriptedHandler((_, _) => Wire.Json(body)));

        LeftOf<LiveSession, PreRecordedError.MalformedResponse>(await client.Live().GetAsync(LiveWire.Id));
    }

    [Fact]
    public async Task A_declared_huge_body_is_refused_without_reading_it()
    {
        var body = new EndlessStream();
        using var client = Clients.On(new ScriptedHandler((_, _) => Wire.Streamed(body, "application/json", length: 10_000_000_000)), o => o.MaxResponseBytes = 1024);

        var error = LeftOf<LiveSessionPage, PreRecordedError.MalformedResponse>(await client.Live().ListAsync(JobQuery.Default));

        Assert.Equal("the body is larger than MaxResponseBytes (1024 bytes)", error.Reason);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task A_429_is_retried_after_its_Retry_After_and_then_read()
    {
        var handler = new ScriptedHandler((_, n) => n == 1 ? Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter("0") : Wire.Json(LiveWire.Json()));
        using var client = Clients.On(handler);

        RightOf(await client.Live().GetAsync(LiveWire.Id));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task A_redirect_loop_on_a_sessions_file_is_a_transport_failure()
    {
        var handler = new ScriptedHandler((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/file", StringComparison.Ordinal)
            ? Wire.Redirect("https://storage.other/a")
            : Wire.Redirect(request.RequestUri.AbsolutePath == "/a" ? "https://storage.other/b" : "https://storage.other/a"));
        using var client = Clients.On(handler);

        var error = LeftOf<byte[], PreRecordedError.TransportFailure>(await client.Live().GetFileAsync(LiveWire.Id));

        Assert.Contains("loop", error.Reason, StringComparison.Ordinal);
        Assert.Equal("/v2/live/" + LiveWire.Id + "/file", handler.Seen.First().Uri.AbsolutePath);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../pre-recorded")]
    public async Task A_bad_id_is_refused_before_anything_is_sent(string id)
    {
        var handler = new ScriptedHandler((_, _) => Wire.Json(LiveWire.Json()));
        using var client = Clients.On(handler);

        LeftOf<LiveSession, PreRecordedError.InvalidArgument>(await client.Live().GetAsync(id));
        LeftOf<LanguageExt.Unit, PreRecordedError.InvalidArgument>(await client.Live().DeleteAsync(id));
        LeftOf<byte[], PreRecordedError.InvalidArgument>(await client.Live().GetFileAsync(id));

        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_walk_follows_live_next_links_and_refuses_one_into_the_pre_recorded_list()
    {
        var second = LiveWire.Session("8d2f5c3b-1e4a-4f6b-9c0d-2e3f4a5b6c7d");
        var handler = new ScriptedHandler((request, n) => n switch
        {
            1 => Wire.Json(LiveWire.PageJson([LiveWire.Session()], "https://api.test/v2/live?offset=1&limit=1")),
            2 => Wire.Json(LiveWire.PageJson([second], "https://api.test/v2/pre-recorded?offset=2&limit=1")),
            _ => Wire.Json(Wire.PageJson([], null)),
        });
        using var client = Clients.On(handler);

        var walked = await client.Live().ListAllAsync(JobQuery.Default).ToListAsync();

        Assert.Equal([LiveWire.Id, second.Id], walked.Where(item => item.IsRight).Select(item => RightOf(item).Id));
        Assert.Contains("not the jobs list", Assert.IsType<PreRecordedError.InvalidArgument>(LeftOf(walked[^1])).Reason, StringComparison.Ordinal);
        Assert.Equal(["/v2/live", "/v2/live"], handler.Seen.Select(seen => seen.Uri.AbsolutePath));
    }

    [Fact]
    public async Task Envelopes_of_live_sessions_say_their_kind()
    {
        using var client = Clients.On(new ScriptedHandler((_, _) => Wire.Json(LiveWire.PageJson([LiveWire.Session()], null))));

        var envelope = Assert.Single(RightOf(await client.Live().ListEnvelopesAsync(JobQuery.Default)).Items);

        Assert.Equal((LiveWire.Id, JobKinds.Live, 330.25), (envelope.Id, envelope.Kind, envelope.AudioDuration.IfNone(0)));
    }

    [Fact]
    public async Task Delete_is_confirmed_by_202_and_a_pending_session_is_not_deletable()
    {
        var handler = new ScriptedHandler((_, n) => n == 1 ? new HttpResponseMessage(HttpStatusCode.Accepted) : Wire.Error(HttpStatusCode.Forbidden, "still processing"));
        using var client = Clients.On(handler);

        RightOf(await client.Live().DeleteAsync(LiveWire.Id));
        LeftOf<LanguageExt.Unit, PreRecordedError.NotDeletable>(await client.Live().DeleteAsync(LiveWire.Id));

        Assert.All(handler.Seen, seen => Assert.Equal(("DELETE", "/v2/live/" + LiveWire.Id), (seen.Method, seen.Uri.AbsolutePath)));
    }

    [Fact]
    public async Task A_bulk_delete_dry_run_lists_live_envelopes_and_deletes_nothing()
    {
        var handler = new ScriptedHandler((_, _) => Wire.Json(LiveWire.PageJson([LiveWire.Session(), LiveWire.Session("8d2f5c3b-1e4a-4f6b-9c0d-2e3f4a5b6c7d", JobStatus.Processing)], null)));
        using var client = Clients.On(handler);

        var outcomes = await client.Live().DeleteAllAsync(JobQuery.Default, new BulkDeleteOptions { DryRun = true }).ToListAsync();

        Assert.Equal(2, outcomes.Count);
        Assert.Contains(outcomes, outcome => outcome is DeleteOutcome.WouldDelete { Job.Kind: JobKinds.Live });
        Assert.Contains(outcomes, outcome => outcome is DeleteOutcome.Skipped { Reason: SkipReason.Pending });
        Assert.All(handler.Seen, seen => Assert.Equal("GET", seen.Method));
    }

    [Fact]
    public async Task Wait_polls_the_live_path_until_the_session_is_finished()
    {
        var handler = new ScriptedHandler((_, n) => Wire.Json(LiveWire.Json(LiveWire.Session(status: n < 3 ? JobStatus.Processing : JobStatus.Done))));
        using var client = Clients.On(handler);

        var finished = RightOf(await client.Live().WaitUntilFinishedAsync(LiveWire.Id, new WaitOptions { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) }));

        Assert.Equal(JobStatus.Done, finished.Status);
        Assert.Equal(3, handler.Count);
        Assert.All(handler.Seen, seen => Assert.Equal("/v2/live/" + LiveWire.Id, seen.Uri.AbsolutePath));
    }

    [Fact]
    public async Task One_code_path_deletes_a_users_jobs_of_both_kinds_through_JobsApi()
    {
        var job = PreRecordedModelFactory.DoneJob("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
        var handler = new ScriptedHandler((request, _) => (request.Method.Method, request.RequestUri!.AbsolutePath) switch
        {
            ("GET", "/v2/pre-recorded") => Wire.Json(Wire.PageJson([job], null)),
            ("GET", "/v2/live") => Wire.Json(LiveWire.PageJson([LiveWire.Session()], null)),
            _ => new HttpResponseMessage(HttpStatusCode.Accepted),
        });
        using var client = Clients.On(handler);
        JobsApi[] both = [client.PreRecorded(), client.Live()];

        var deleted = new List<(JobKind, string)>();
        foreach (var jobs in both)
        {
            await foreach (var outcome in jobs.DeleteAllAsync(JobQuery.Default.WithCustomMetadata("userId", "u-42")))
            {
                deleted.Add((jobs.Kind, Assert.IsType<DeleteOutcome.Deleted>(outcome).Job.Id));
            }
        }

        Assert.Equal([(JobKind.PreRecorded, job.Id), (JobKind.Live, LiveWire.Id)], deleted);
        Assert.Equal(
            ["DELETE /v2/pre-recorded/" + job.Id, "DELETE /v2/live/" + LiveWire.Id],
            handler.Seen.Where(seen => seen.Method == "DELETE").Select(seen => $"{seen.Method} {seen.Uri.AbsolutePath}"));
        Assert.All(handler.Seen.Where(seen => seen.Method == "GET"), seen => Assert.Contains("custom_metadata%5BuserId%5D=u-42", seen.Uri.Query, StringComparison.Ordinal));
    }

    [Fact]
    public void The_live_api_prints_its_name_and_base_url_and_is_the_same_instance_each_time()
    {
        using var client = Clients.On(new ScriptedHandler((_, _) => Wire.Json("{}")));

        Assert.Equal("LiveSessions(https://api.test/)", client.Live().ToString());
        Assert.Same(client.Live(), client.Live());
    }
}
