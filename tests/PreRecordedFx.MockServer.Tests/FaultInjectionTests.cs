using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

public sealed class FaultInjectionTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private static async Task<List<int>> Statuses(MockServerOptions options, int requests)
    {
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        var statuses = new List<int>(requests);
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync(Wire.Jobs + "?limit=1");
            statuses.Add((int)response.StatusCode);
        }

        return statuses;
    }

    [Fact]
    public async Task Faults_are_off_by_default()
    {
        Assert.All(await Statuses(new MockServerOptions { Jobs = 5 }, 100), s => Assert.Equal(200, s));
    }

    [Fact]
    public async Task An_error_rate_of_one_turns_every_api_call_into_a_gladia_shaped_5xx()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, ErrorRate = 1 });
        using var client = mock.CreateAuthorizedClient();
        for (var i = 0; i < 20; i++)
        {
            using var response = await client.GetAsync(Wire.Jobs);
            Assert.True((int)response.StatusCode is 500 or 502 or 503);
            await Wire.AssertGladiaError(response, (int)response.StatusCode, Wire.Jobs);
        }
    }

    [Fact]
    public async Task A_partial_error_rate_fails_about_that_share_in_the_same_order_for_a_seed()
    {
        var options = new MockServerOptions { Jobs = 5, ErrorRate = 0.3, Seed = 9 };
        var first = await Statuses(options, 200);
        var again = await Statuses(options, 200);
        var otherSeed = await Statuses(new MockServerOptions { Jobs = 5, ErrorRate = 0.3, Seed = 10 }, 200);

        Assert.InRange(first.Count(s => s >= 500), 30, 90);
        Assert.Equal(first, again);
        Assert.NotEqual(first, otherSeed);
        Assert.All(first, s => Assert.True(s is 200 or 500 or 502 or 503));
    }

    [Fact]
    public async Task The_rate_limit_answers_429_with_retry_after_until_the_window_turns()
    {
        var clock = new ManualClock(Start);
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, RateLimit = 3, RateLimitWindowSeconds = 60, RetryAfter = 7 }, clock);
        using var client = mock.CreateAuthorizedClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(Wire.Jobs);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var limited = await client.GetAsync(Wire.Jobs))
        {
            await Wire.AssertGladiaError(limited, 429, Wire.Jobs);
            Assert.Equal(TimeSpan.FromSeconds(7), limited.Headers.RetryAfter?.Delta);
        }

        clock.Advance(TimeSpan.FromSeconds(60));
        using var again = await client.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Added_latency_delays_every_answer()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, LatencyMs = 250 });
        using var client = mock.CreateAuthorizedClient();
        using (await client.GetAsync(Wire.Jobs))
        {
            // Warm-up: the first request also pays for the host's start.
        }

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(watch.ElapsedMilliseconds >= 240, $"{watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_truncate_rate_of_one_cuts_successful_bodies_in_half()
    {
        await using var normal = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var normalClient = normal.CreateAuthorizedClient();
        var whole = await normalClient.GetByteArrayAsync(Wire.Jobs);

        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, TruncateRate = 1 });
        using var client = mock.CreateAuthorizedClient();
        using var response = await client.GetAsync(Wire.Jobs);
        var cut = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(whole.Length / 2, cut.Length);
        Assert.Equal(whole[..cut.Length], cut);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(cut));
    }

    [Fact]
    public async Task Truncation_leaves_error_answers_whole()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, TruncateRate = 1 });
        using var client = mock.CreateAuthorizedClient();
        using var response = await client.GetAsync(Wire.Jobs + "/missing");
        await Wire.AssertGladiaError(response, 404, Wire.Jobs + "/missing");
    }

    [Fact]
    public async Task The_openapi_document_is_never_faulted()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, ErrorRate = 1, TruncateRate = 1 });
        using var client = mock.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await response.Body();
        Assert.True(body.RootElement.TryGetProperty("openapi", out _));
    }
}
