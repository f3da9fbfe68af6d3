using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Lifecycle;

/// <summary>
/// With <c>--lifecycle</c>, seeded queued and processing jobs and live sessions move on the mock's clock (queued 2 s,
/// processing 3 s here): each test runs on both collections.
/// </summary>
public sealed class LifecycleTests
{
    public static TheoryData<string> Collections => [Wire.Jobs, Wire.Live];

    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private static MockServerFactory Mock(ManualClock clock, bool lifecycle = true, int seed = 42) =>
        new(new MockServerOptions { Seed = seed, Jobs = 40, LiveSessions = 30, Lifecycle = lifecycle, QueuedSeconds = 2, ProcessingSeconds = 3 }, clock);

    private static async Task<List<JsonElement>> All(HttpClient client, string collection) =>
        (await client.FollowAll(collection + "?limit=100")).Items;

    private static async Task<string> FirstId(HttpClient client, string collection, string status) =>
        (await All(client, collection)).First(j => j.GetProperty("status").GetString() == status).Id();

    private static async Task<JsonElement> Get(HttpClient client, string collection, string id)
    {
        using var job = await client.Json(collection + "/" + id);
        return job.RootElement.Clone();
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task A_queued_job_turns_processing_then_done_with_completed_at_and_a_result_matching_its_file(string collection)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, collection, "queued");

        clock.Advance(TimeSpan.FromSeconds(1.999));
        Assert.Equal("queued", (await Get(client, collection, id)).GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var processing = await Get(client, collection, id);
        Assert.Equal("processing", processing.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, processing.GetProperty("completed_at").ValueKind);
        Assert.Equal(JsonValueKind.Null, processing.GetProperty("result").ValueKind);

        clock.Advance(TimeSpan.FromSeconds(3));
        var done = await Get(client, collection, id);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal("2026-10-01T12:00:05.000Z", done.GetProperty("completed_at").GetString());
        var duration = done.GetProperty("file").GetProperty("audio_duration").GetDouble();
        Assert.Equal(duration, done.GetProperty("result").GetProperty("metadata").GetProperty("audio_duration").GetDouble());
        Assert.NotEmpty(done.GetProperty("result").GetProperty("transcription").GetProperty("full_transcript").GetString()!);
        Assert.Equal(processing.GetProperty("created_at").GetString(), done.GetProperty("created_at").GetString());
        Assert.Equal(processing.GetProperty("request_params").GetRawText(), done.GetProperty("request_params").GetRawText());
        if (collection == Wire.Live)
        {
            Assert.Equal("live", done.GetProperty("kind").GetString());
            Assert.True(done.GetProperty("result").GetProperty("messages").GetArrayLength() >= 3);
        }
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task A_processing_job_is_done_after_the_processing_time(string collection)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, collection, "processing");

        clock.Advance(TimeSpan.FromSeconds(2.9));
        Assert.Equal("processing", (await Get(client, collection, id)).GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("done", (await Get(client, collection, id)).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task The_delete_rule_follows_the_state(string collection)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, collection, "queued");

        using var refused = await client.DeleteAsync(collection + "/" + id);
        await Wire.AssertGladiaError(refused, 403, collection + "/" + id);
        clock.Advance(TimeSpan.FromSeconds(5));
        using var accepted = await client.DeleteAsync(collection + "/" + id);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Status_filters_follow_the_state(string collection)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var pending = (await All(client, collection)).Count(j => j.GetProperty("status").GetString() is "queued" or "processing");
        Assert.True(pending >= 2);

        clock.Advance(TimeSpan.FromSeconds(5));

        var (items, _) = await client.FollowAll(collection + "?status=queued&status=processing");
        Assert.Empty(items);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task The_finished_jobs_are_the_same_for_a_seed_and_differ_between_seeds(string collection)
    {
        async Task<List<string>> Finished(int seed)
        {
            var clock = new ManualClock(Start);
            await using var mock = Mock(clock, seed: seed);
            using var client = mock.CreateAuthorizedClient();
            clock.Advance(TimeSpan.FromMinutes(1));
            return [.. (await All(client, collection)).Select(j => j.GetRawText())];
        }

        var first = await Finished(7);
        Assert.Equal(first, await Finished(7));
        Assert.NotEqual(first, await Finished(8));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Without_the_lifecycle_pending_jobs_stay_pending(string collection)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock, lifecycle: false);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, collection, "queued");
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal("queued", (await Get(client, collection, id)).GetProperty("status").GetString());
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task A_reset_starts_the_lifecycle_again(string collection)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, collection, "queued");
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("done", (await Get(client, collection, id)).GetProperty("status").GetString());

        mock.Reset();

        Assert.Equal("queued", (await Get(client, collection, id)).GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("2026-10-01T12:00:15.000Z", (await Get(client, collection, id)).GetProperty("completed_at").GetString());
    }
}
