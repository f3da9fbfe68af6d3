using System.Net;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>Every kind of error answer the mock gives, each produced the way a client would meet it.</summary>
internal static class ErrorRequests
{
    private const string UnknownId = "00000000-0000-4000-8000-000000000000";

    public static IReadOnlyList<string> Cases { get; } =
    [
        "400 invalid query",
        "401 no key",
        "401 wrong key",
        "403 delete of a queued job",
        "403 bad storage signature",
        "404 unknown job",
        "404 file of an unknown job",
        "404 file of a job without audio",
        "404 delete of a deleted job",
        "404 unknown route",
        "405 wrong method",
        "429 rate limited",
        "500 server error",
        "502 server error",
        "503 server error",
        "400 invalid live query",
        "401 no key on live",
        "403 delete of a queued live session",
        "404 unknown live session",
        "404 file of an unknown live session",
        "404 file of a live session without audio",
        "404 delete of a deleted live session",
        "405 wrong method on live",
        "429 rate limited on live",
    ];

    // Each case is sent once per test run: the checks against Gladia's document and the mock's own read the same answer.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<(int, byte[], HttpMethod, string)>>> Answers = new(StringComparer.Ordinal);

    /// <summary>The answer to the case's request, sent once to a fresh mock: the status, the body and what was asked.</summary>
    public static Task<(int Status, byte[] Body, HttpMethod Method, string Path)> Send(string errorCase) =>
        Answers.GetOrAdd(errorCase, c => new Lazy<Task<(int, byte[], HttpMethod, string)>>(() => SendOnce(c))).Value;

    private static async Task<(int Status, byte[] Body, HttpMethod Method, string Path)> SendOnce(string errorCase)
    {
        var expected = int.Parse(errorCase[..3], System.Globalization.CultureInfo.InvariantCulture);
        var options = expected switch
        {
            404 when errorCase.Contains("without audio", StringComparison.Ordinal) => new MockServerOptions { LiveSessions = 200 },
            429 => new MockServerOptions { RateLimit = 1, RateLimitWindowSeconds = 3600 },
            >= 500 => new MockServerOptions { ErrorRate = 1 },
            _ => new MockServerOptions(),
        };
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        using var response = await Request(errorCase, expected, client, mock);
        Assert.Equal(expected, (int)response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var request = response.RequestMessage!;
        return (expected, await response.Content.ReadAsByteArrayAsync(), request.Method, request.RequestUri!.AbsolutePath);
    }

    private static async Task<HttpResponseMessage> Request(string errorCase, int expected, HttpClient client, MockServerFactory mock)
    {
        switch (errorCase[4..])
        {
            case "invalid query":
                return await client.GetAsync(Wire.Jobs + "?limit=0&status=finished");
            case "no key":
                return await mock.CreateClient().GetAsync(Wire.Jobs);
            case "wrong key":
                var stranger = mock.CreateClient();
                stranger.DefaultRequestHeaders.Add("x-gladia-key", "not-the-key");
                return await stranger.GetAsync(Wire.Jobs);
            case "delete of a queued job":
                return await client.DeleteAsync(Wire.Jobs + "/" + await FirstId(client, "?status=queued"));
            case "bad storage signature":
                return await mock.CreateClient().GetAsync("/storage/" + await FirstId(client, "?status=done") + "?expires=1&signature=bad");
            case "unknown job":
                return await client.GetAsync(Wire.Jobs + "/" + UnknownId);
            case "file of an unknown job":
                return await client.GetAsync(Wire.Jobs + "/" + UnknownId + "/file");
            case "file of a job without audio":
                var jobs = await client.AllJobs();
                var silent = jobs.First(j => j.GetProperty("file").ValueKind == System.Text.Json.JsonValueKind.Null).Id();
                return await client.GetAsync(Wire.Jobs + "/" + silent + "/file");
            case "delete of a deleted job":
                var done = await FirstId(client, "?status=done");
                (await client.DeleteAsync(Wire.Jobs + "/" + done)).Dispose();
                return await client.DeleteAsync(Wire.Jobs + "/" + done);
            case "unknown route":
                return await client.GetAsync("/v2/nothing-here");
            case "wrong method":
                return await client.PutAsync(Wire.Jobs + "/" + UnknownId, new StringContent("{}"));
            case "invalid live query":
                return await client.GetAsync(Wire.Live + "?limit=0&status=finished");
            case "no key on live":
                return await mock.CreateClient().GetAsync(Wire.Live);
            case "delete of a queued live session":
                return await client.DeleteAsync(Wire.Live + "/" + await FirstId(client, "?status=queued", Wire.Live));
            case "unknown live session":
                return await client.GetAsync(Wire.Live + "/" + UnknownId);
            case "file of an unknown live session":
                return await client.GetAsync(Wire.Live + "/" + UnknownId + "/file");
            case "file of a live session without audio":
                var sessions = await client.AllLive();
                var silentSession = sessions.First(s => s.GetProperty("file").ValueKind == System.Text.Json.JsonValueKind.Null).Id();
                return await client.GetAsync(Wire.Live + "/" + silentSession + "/file");
            case "delete of a deleted live session":
                var doneSession = await FirstId(client, "?status=done", Wire.Live);
                (await client.DeleteAsync(Wire.Live + "/" + doneSession)).Dispose();
                return await client.DeleteAsync(Wire.Live + "/" + doneSession);
            case "wrong method on live":
                return await client.PutAsync(Wire.Live + "/" + UnknownId, new StringContent("{}"));
            case "rate limited on live":
                (await client.GetAsync(Wire.Live)).Dispose();
                return await client.GetAsync(Wire.Live);
            case "rate limited":
                (await client.GetAsync(Wire.Jobs)).Dispose();
                return await client.GetAsync(Wire.Jobs);
            default:
                // Every request fails; which 5xx follows the seed and the request count, so look for the one wanted.
                for (var attempt = 0; attempt < 100; attempt++)
                {
                    var response = await client.GetAsync(Wire.Jobs);
                    if ((int)response.StatusCode == expected)
                    {
                        return response;
                    }

                    response.Dispose();
                }

                throw new InvalidOperationException($"no {expected} in 100 requests");
        }
    }

    private static async Task<string> FirstId(HttpClient client, string filter, string collection = Wire.Jobs)
    {
        using var page = await client.Json(collection + filter + "&limit=1");
        return page.RootElement.GetProperty("items")[0].Id();
    }
}
