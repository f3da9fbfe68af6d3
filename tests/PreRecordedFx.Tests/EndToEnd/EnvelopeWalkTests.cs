using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>Envelope pages and walks: against the mock in memory, and against a server whose results are broken.</summary>
public class EnvelopeWalkTests(SharedMock mock) : IClassFixture<SharedMock>
{
    [Fact]
    public async Task An_envelope_walk_sees_the_jobs_a_whole_walk_sees_in_the_same_order()
    {
        using var client = mock.Server.Client();

        var envelopes = (await client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default.WithLimit(10)).ToListAsync()).Select(RightOf).ToList();

        Assert.Equal(mock.AllJobs.Select(j => (j.Id, j.Status, j.CreatedAt, j.ErrorCode, j.File.Bind(f => f.AudioDuration))), envelopes.Select(e => (e.Id, e.Status, e.CreatedAt, e.ErrorCode, e.AudioDuration)));
        Assert.Equal(mock.AllJobs.Select(j => j.CustomMetadata.Map(m => m.Count)), envelopes.Select(e => e.CustomMetadata.Map(m => m.Count)));
    }

    [Fact]
    public async Task Envelope_pages_follow_next_links_with_the_same_filters()
    {
        using var client = mock.Server.Client();
        var jobs = client.PreRecorded();
        var done = JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(3);

        var first = RightOf(await jobs.ListEnvelopesAsync(done));
        var second = Assert.IsType<JobEnvelopePage>(RightOf(await jobs.NextPageAsync(first)).Case);

        var expected = mock.AllJobs.Where(j => j.Status == JobStatus.Done).Take(6).Select(j => j.Id);
        Assert.Equal(expected, first.Items.Concat(second.Items).Select(e => e.Id));
        Assert.Contains("status=done", second.Current.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_walk_stopped_early_fetches_nothing_more_and_a_cancelled_one_stops()
    {
        var recorder = new Recorder(mock.Server.Handler);
        using var client = mock.Server.Client(recorder);
        var walk = client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default.WithLimit(2));
        Assert.Equal(0, recorder.Count);

        var firstThree = await walk.Take(3).ToListAsync();

        Assert.Equal(3, firstThree.Count);
        Assert.Equal(2, recorder.Count);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default).WithCancellation(cancelled.Token))
            {
                Assert.Fail("nothing expected, got " + item);
            }
        });
    }

    [Fact]
    public async Task A_server_whose_results_are_broken_fails_whole_walks_but_not_envelope_walks()
    {
        var broken = JsonNode.Parse(Wire.PageJson([PreRecordedModelFactory.DoneJob("a"), PreRecordedModelFactory.Job("b")], null))!;
        broken["items"]![0]!["result"] = "not a result";
        broken["items"]![1]!["request_params"] = 42;
        using var client = Clients.On(new ScriptedHandler((_, _) => Wire.Json(broken.ToJsonString())));

        var whole = await client.PreRecorded().ListAllAsync(JobQuery.Default).ToListAsync();
        var envelopes = await client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default).ToListAsync();

        Assert.IsType<PreRecordedError.MalformedResponse>(LeftOf(Assert.Single(whole)));
        Assert.Equal(["a", "b"], envelopes.Select(e => RightOf(e).Id));
    }

    [Fact]
    public async Task A_job_without_a_status_fails_the_envelope_walk_naming_it_after_the_jobs_before_it()
    {
        var first = Wire.PageJson([PreRecordedModelFactory.Job("a")], "https://api.test/v2/pre-recorded?offset=1&limit=1");
        var second = JsonNode.Parse(Wire.PageJson([PreRecordedModelFactory.Job("b")], null))!;
        second["items"]![0]!.AsObject().Remove("status");
        using var client = Clients.On(new ScriptedHandler((_, n) => Wire.Json(n == 1 ? first : second.ToJsonString())));

        var items = await client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default.WithLimit(1)).ToListAsync();

        Assert.Equal("a", RightOf(items[0]).Id);
        Assert.Contains("'status'", Assert.IsType<PreRecordedError.MalformedResponse>(LeftOf(items[1])).Reason, StringComparison.Ordinal);
        Assert.Equal(2, items.Count);
    }

    [Fact]
    public async Task A_next_link_back_to_a_page_already_read_ends_the_envelope_walk_with_a_Left()
    {
        var handler = new ScriptedHandler((_, _) => Wire.Json(Wire.PageJson([PreRecordedModelFactory.Job("a")], "https://api.test/v2/pre-recorded?offset=0&limit=2")));
        using var client = Clients.On(handler);

        var items = await client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default).ToListAsync();

        Assert.Equal("the next link points back to a page already read", Assert.IsType<PreRecordedError.MalformedResponse>(LeftOf(items[^1])).Reason);
        Assert.True(handler.Count <= 2);
    }
}
