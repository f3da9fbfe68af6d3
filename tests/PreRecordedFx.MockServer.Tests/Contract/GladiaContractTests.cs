using System.Net;
using System.Text.Json;
using PreRecordedFx.MockServer.Tests.Callbacks;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// Every answer of the mock — every job of several seeds, every page, every error body, every callback and webhook
/// body — matches the schemas of Gladia's own OpenAPI document, except where <see cref="GladiaContract.Exceptions"/> says production differs.
/// </summary>
public sealed class GladiaContractTests
{
    private static readonly OpenApiSchemas Gladia = GladiaContract.Schemas;

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task Every_job_and_every_page_of_a_seed_matches_gladias_schemas(int seed)
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Seed = seed });
        using var client = mock.CreateAuthorizedClient();
        var checker = new AnswerChecker(Gladia, "ListPreRecordedResponse", "PreRecordedResponse");

        // Pages of an uneven size (the last one is short), filtered pages and an empty page.
        string[] firstPages = [Wire.Jobs + "?limit=37", Wire.Jobs + "?limit=20&status=done&status=error", Wire.Jobs + "?custom_metadata%5Bteam%5D=support", Wire.Jobs + "?offset=100000"];
        foreach (var first in firstPages)
        {
            var (_, pages) = await client.FollowAll(first);
            for (var i = 0; i < pages.Count; i++)
            {
                checker.Page(pages[i], $"{first} page {i}");
            }
        }

        foreach (var job in await client.AllJobs())
        {
            using var one = await client.Json(Wire.Jobs + "/" + job.Id());
            checker.Job(one.RootElement, "job " + job.Id());
        }

        Assert.True(checker.Problems.Count == 0, checker.Report());
    }

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task Every_live_session_and_every_live_page_of_a_seed_matches_gladias_schemas(int seed)
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Seed = seed, Jobs = 0, LiveSessions = 150 });
        using var client = mock.CreateAuthorizedClient();
        var checker = new AnswerChecker(Gladia, "ListStreamingResponse", "StreamingResponse");

        string[] firstPages = [Wire.Live + "?limit=37", Wire.Live + "?limit=20&status=done&status=error", Wire.Live + "?custom_metadata%5Bteam%5D=support", Wire.Live + "?offset=100000"];
        foreach (var first in firstPages)
        {
            var (_, pages) = await client.FollowAll(first);
            for (var i = 0; i < pages.Count; i++)
            {
                checker.Page(pages[i], $"{first} page {i}");
            }
        }

        var sessions = await client.AllLive();
        foreach (var session in sessions)
        {
            using var one = await client.Json(Wire.Live + "/" + session.Id());
            checker.Job(one.RootElement, "live session " + session.Id());
        }

        // Every shape a session takes was checked: each status, with and without metadata, a file and a summary.
        Assert.Equal(4, sessions.Select(s => s.GetProperty("status").GetString()).Distinct().Count());
        Assert.Contains(sessions, s => s.GetProperty("custom_metadata").ValueKind == JsonValueKind.Null);
        Assert.Contains(sessions, s => s.GetProperty("file").ValueKind == JsonValueKind.Null);
        Assert.Contains(sessions, s => s.GetProperty("result") is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("summarization", out _));
        Assert.True(checker.Problems.Count == 0, checker.Report());
    }

    [Fact]
    public async Task Every_callback_and_webhook_body_matches_gladias_payload_schemas()
    {
        await using var hooks = await LoopbackReceiver.StartAsync();
        await using var callbacks = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(CallbackKit.FastOptions(hooks.Origin + "/"));
        using var client = mock.CreateAuthorizedClient();
        var callback = $$""" "callback": true, "callback_config": {"url": "{{callbacks.Origin}}/"} """;
        string[] bodies =
        [
            CallbackKit.Body(callback),
            CallbackKit.Body(callback + """, "diarization": true, "subtitles": true, "subtitles_config": {"formats": ["srt", "vtt"]}, "sentences": true""".Trim()),
            CallbackKit.Body(callback + """, "translation": true, "translation_config": {"target_languages": ["fr"]}, "summarization": true, "sentiment_analysis": true, "named_entity_recognition": true""".Trim()),
            """{"audio_url": "https://audio.example/no-metadata.wav", "callback": true, "callback_config": {"url": "CALLBACK/"}}""".Replace("CALLBACK", callbacks.Origin, StringComparison.Ordinal),
            CallbackKit.Body(callback, fails: true),
        ];
        foreach (var body in bodies)
        {
            await CallbackKit.CreateId(client, body);
        }

        var problems = new List<string>();
        foreach (var request in await callbacks.WaitFor(bodies.Length))
        {
            var payload = CallbackKit.JsonOf(request.Body);
            var schema = payload.GetProperty("event").GetString() == "transcription.success" ? "CallbackTranscriptionSuccessPayload" : "CallbackTranscriptionErrorPayload";
            problems.AddRange(Gladia.Problems(schema, payload).Select(problem => $"{schema} {payload.GetProperty("id")}: {problem}"));
        }

        var webhookSchemas = new Dictionary<string, string>
        {
            ["transcription.created"] = "WebhookTranscriptionCreatedPayload",
            ["transcription.success"] = "WebhookTranscriptionSuccessPayload",
            ["transcription.error"] = "WebhookTranscriptionErrorPayload",
        };
        var webhooks = await hooks.WaitFor(2 * bodies.Length);
        foreach (var request in webhooks)
        {
            var payload = CallbackKit.JsonOf(request.Body);
            var schema = webhookSchemas[payload.GetProperty("event").GetString()!];
            problems.AddRange(Gladia.Problems(schema, payload).Select(problem => $"{schema}: {problem}"));
        }

        Assert.True(problems.Count == 0, AnswerChecker.Report(problems));
        Assert.NotEmpty(Gladia.Problems("CallbackTranscriptionSuccessPayload", CallbackKit.JsonOf("""{"id": "x", "event": "transcription.success"}"""u8.ToArray())));
        Assert.Equal(webhookSchemas.Keys.Order(), webhooks.Select(request => CallbackKit.JsonOf(request.Body).GetProperty("event").GetString()!).Distinct().Order());
    }

    public static TheoryData<string> ErrorCases => [.. ErrorRequests.Cases];

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Every_error_body_matches_gladias_error_schema_for_its_status(string errorCase)
    {
        var (status, body, _, _) = await ErrorRequests.Send(errorCase);

        using var json = JsonDocument.Parse(body);
        var problems = Gladia.Problems(GladiaContract.ErrorSchemaFor(status), json.RootElement);
        Assert.True(problems.Count == 0, AnswerChecker.Report(problems));
        Assert.Equal(status, json.RootElement.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Each_documented_exception_is_needed_by_some_answer_of_the_mock()
    {
        // Without its patch, the answer that needs it breaks the document: the list holds no stale entries.
        var strict = OpenApiSchemas.Load(GladiaContract.Document(), "gladia-strict", GladiaContract.Exceptions.Where(e => e.Pointer.EndsWith(GladiaContract.UndocumentedErrorResponse, StringComparison.Ordinal)));
        await using var mock = new MockServerFactory(new MockServerOptions());
        using var client = mock.CreateAuthorizedClient();
        var jobs = await client.AllJobs();

        var withoutMetadata = jobs.First(j => j.GetProperty("custom_metadata").ValueKind == JsonValueKind.Null);
        Assert.Contains(strict.Problems("PreRecordedResponse", withoutMetadata), p => p.StartsWith("/custom_metadata", StringComparison.Ordinal));

        var sessions = await client.AllLive();
        var sessionWithoutMetadata = sessions.First(s => s.GetProperty("custom_metadata").ValueKind == JsonValueKind.Null);
        Assert.Contains(strict.Problems("StreamingResponse", sessionWithoutMetadata), p => p.StartsWith("/custom_metadata", StringComparison.Ordinal));

        var withSentiment = jobs.First(j => j.GetProperty("result") is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("sentiment_analysis", out _));
        Assert.Contains(strict.Problems("PreRecordedResponse", withSentiment), p => p.StartsWith("/result/sentiment_analysis/results", StringComparison.Ordinal));

        var documented = GladiaContract.Document()["paths"]!.AsObject()
            .Where(path => path.Key.StartsWith(Wire.Jobs, StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().SelectMany(operation => operation.Value!["responses"]!.AsObject().Select(r => r.Key)))
            .ToHashSet();
        Assert.DoesNotContain("429", documented);
        Assert.DoesNotContain("500", documented);
    }
}
