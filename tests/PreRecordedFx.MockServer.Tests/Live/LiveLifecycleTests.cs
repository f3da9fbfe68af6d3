using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Live;

/// <summary>With <c>--lifecycle</c>, queued and processing live sessions move on the mock's clock as jobs do (queued 2 s, processing 3 s here).</summary>
public sealed class LiveLifecycleTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private static MockServerFactory Mock(ManualClock clock, bool lifecycle = true, int seed = 42) =>
        new(new MockServerOptions { Seed = seed, Jobs = 10, LiveSessions = 30, Lifecycle = lifecycle, QueuedSeconds = 2, ProcessingSeconds = 3 }, clock);

    private static async Task<string> FirstId(HttpClient client, string status) =>
        (await client.AllLive()).First(s => s.GetProperty("status").GetString() == status).Id();

    private static async Task<JsonElement> Get(HttpClient client, string id)
    {
        using var session = await client.Json(Wire.Live + "/" + id);
        return session.RootElement.Clone();
    }

    [Fact]
    public async Task A_queued_session_turns_processing_then_done_with_a_live_result_matching_its_file()
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, "queued");

        clock.Advance(TimeSpan.FromSeconds(2));
        var processing = await Get(client, id);
        clock.Advance(TimeSpan.FromSeconds(3));
        var done = await Get(client, id);

        Assert.Equal("processing", processing.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, processing.GetProperty("result").ValueKind);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal("live", done.GetProperty("kind").GetString());
        Assert.Equal("2026-10-01T12:00:05.000Z", done.GetProperty("completed_at").GetString());
        Assert.Equal(processing.GetProperty("request_params").GetRawText(), done.GetProperty("request_params").GetRawText());
        var result = done.GetProperty("result");
        Assert.Equal(done.GetProperty("file").GetProperty("audio_duration").GetDouble(), result.GetProperty("metadata").GetProperty("audio_duration").GetDouble());
        Assert.NotEmpty(result.GetProperty("transcription").GetProperty("full_transcript").GetString()!);
        Assert.True(result.GetProperty("messages").GetArrayLength() >= 3);
    }

    [Fact]
    public async Task The_delete_rule_and_the_status_filter_follow_the_state()
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, "processing");

        using var refused = await client.DeleteAsync(Wire.Live + "/" + id);
        clock.Advance(TimeSpan.FromSeconds(5));
        var (pending, _) = await client.FollowAll(Wire.Live + "?status=queued&status=processing");
        using var accepted = await client.DeleteAsync(Wire.Live + "/" + id);

        await Wire.AssertGladiaError(refused, 403, Wire.Live + "/" + id);
        Assert.Empty(pending);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public async Task The_finished_sessions_are_the_same_for_a_seed_and_a_reset_starts_them_again()
    {
        static async Task<List<string>> Finished(int seed)
        {
            var clock = new ManualClock(Start);
            await using var mock = Mock(clock, seed: seed);
            using var client = mock.CreateAuthorizedClient();
            clock.Advance(TimeSpan.FromMinutes(1));
            return [.. (await client.AllLive()).Select(s => s.GetRawText())];
        }

        var first = await Finished(7);
        Assert.Equal(first, await Finished(7));
        Assert.NotEqual(first, await Finished(8));

        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, "queued");
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("done", (await Get(client, id)).GetProperty("status").GetString());
        mock.Reset();
        Assert.Equal("queued", (await Get(client, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_the_lifecycle_pending_sessions_stay_pending()
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock, lifecycle: false);
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, "queued");

        clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("queued", (await Get(client, id)).GetProperty("status").GetString());
    }
}
