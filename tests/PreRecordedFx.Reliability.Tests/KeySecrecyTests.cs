using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// The key on both sides: the mock answers every wrong key alike (it compares SHA-256 digests with
/// <c>CryptographicOperations.FixedTimeEquals</c>, so neither the content nor the length of a guess changes the work done);
/// neither side's logs, errors, exceptions or <c>ToString()</c> ever show it.
/// </summary>
public sealed class KeySecrecyTests
{
    private const string MockKey = "mock-key-3c9e51f0a7";

    private sealed class ArmableClock : TimeProvider
    {
        private int armed;

        public void Arm() => Volatile.Write(ref armed, 1);

        public override DateTimeOffset GetUtcNow() =>
            Interlocked.Exchange(ref armed, 0) == 1 ? throw new InvalidOperationException("clock failure (provoked by the test)") : System.GetUtcNow();
    }

    // Not here: the key with surrounding spaces. HTTP strips whitespace around a header value, so on the wire it is the key.
    private static readonly string[] WrongKeys =
    [
        string.Empty,
        "m",
        MockKey[..^1],
        MockKey + "0",
        MockKey.ToUpperInvariant(),
        MockKey[..^1] + "8",
        "x" + MockKey[1..],
        new string('k', 8_000),
    ];

    [Fact]
    public async Task The_mock_answers_every_wrong_key_with_the_same_401_whatever_its_length_or_prefix()
    {
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 5, ApiKey = MockKey });
        var answers = new List<(int Status, string Body)>();
        foreach (var key in WrongKeys)
        {
            using var client = mock.Client(key);
            using var response = await client.GetAsync(new Uri("v2/pre-recorded/abc", UriKind.Relative));
            answers.Add(((int)response.StatusCode, WithoutPerRequestFields(await response.Content.ReadAsStringAsync())));
        }

        Assert.All(answers, answer => Assert.Equal(401, answer.Status));
        Assert.Single(answers.Select(answer => answer.Body).Distinct(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_mock_never_logs_the_key_or_a_wrong_guess_across_a_run_with_failures()
    {
        var collector = new FakeLogCollector();
        using var provider = new FakeLoggerProvider(collector);
        var clock = new ArmableClock();
        const string Guess = "guess-5e8b7d2c91";
        await using (var mock = new LoopbackMock(new MockServerOptions { Jobs = 10, ApiKey = MockKey, RedirectFiles = true }, clock, provider))
        {
            using var right = mock.Client(MockKey);
            using var wrong = mock.Client(Guess);
            using var page = JsonDocument.Parse(await right.GetStringAsync(new Uri("v2/pre-recorded?status=done&limit=1", UriKind.Relative)));
            var id = page.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
            await SendAll(
                right.GetAsync(new Uri($"v2/pre-recorded/{id}/file", UriKind.Relative)),
                right.GetAsync(new Uri("v2/pre-recorded?limit=-1", UriKind.Relative)),
                right.GetAsync(new Uri("v2/pre-recorded/" + new string('a', 3000), UriKind.Relative)),
                right.DeleteAsync(new Uri($"v2/pre-recorded/{id}", UriKind.Relative)),
                wrong.GetAsync(new Uri("v2/pre-recorded", UriKind.Relative)),
                wrong.DeleteAsync(new Uri($"v2/pre-recorded/{id}", UriKind.Relative)));

            clock.Arm(); // the next request fails inside the mock: its unhandled-error log line is written
            await SendAll(wrong.GetAsync(new Uri($"v2/pre-recorded/{id}", UriKind.Relative)));
            await RawHttp.SendAsync(mock.BaseUrl, RawHttp.Request("GET", "/v2/pre-recorded", "x-gladia-key " + MockKey)); // refused by Kestrel
            await RawHttp.SendAsync(mock.BaseUrl, RawHttp.Request("GET", "/v2/pre-recorded", "x-gladia-key: " + MockKey, "x-pad: " + new string('p', 40_000)));
        }

        var lines = Lines(collector);
        Assert.Contains(lines, line => line.Contains("clock failure", StringComparison.Ordinal)); // the capture works
        Assert.DoesNotContain(lines, line => line.Contains(MockKey, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains(Guess, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_client_never_logs_the_key_across_a_run_with_failures_redirects_and_retries()
    {
        var servers = new HostileServers();
        await servers.InitializeAsync();
        try
        {
            await LogsAndErrorsOfARunAsync(servers);
        }
        finally
        {
            await servers.DisposeAsync();
        }
    }

    private static async Task LogsAndErrorsOfARunAsync(HostileServers servers)
    {
        var collector = new FakeLogCollector();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace))
            .AddPreRecordedFx(options => Copy(servers.Options(TimeSpan.FromMilliseconds(500)), options));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<GladiaClient>();
        var jobs = client.PreRecorded();

        var errors = new List<PreRecordedError>();
        foreach (var fault in Enum.GetValues<Fault>())
        {
            var id = HostileScript.JobId(fault, (int)fault);
            errors.AddRange(Lefts(await jobs.GetAsync(id)));
            errors.AddRange(Lefts(await jobs.GetFileAsync(id)));
            errors.AddRange(Lefts(await jobs.DeleteAsync(id)));
            var query = JobQuery.Default.WithCustomMetadata(HostileScript.FaultKey, nameof(Fault.Valid)).WithCustomMetadata(HostileScript.NumberKey, "1")
                .WithCustomMetadata(HostileScript.ThenKey, fault.ToString());
            await foreach (var item in jobs.ListAllAsync(query))
            {
                errors.AddRange(Lefts(item));
            }
        }

        var lines = Lines(collector);
        Assert.Contains(lines, line => line.Contains("failed after", StringComparison.Ordinal)); // failures were logged
        Assert.Contains(lines, line => line.Contains(servers.OtherServer.BaseUrl.Authority, StringComparison.Ordinal)); // so were cross-origin hops
        Assert.DoesNotContain(lines, line => line.Contains(HostileServers.Key, StringComparison.Ordinal));
        Assert.True(errors.Count > 20);
        Assert.All(errors, error => AssertKeyAbsent(error, HostileServers.Key));
        Assert.DoesNotContain(HostileServers.Key, client.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(HostileServers.Key, jobs.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(HostileServers.Key, provider.GetRequiredService<IOptions<GladiaClientOptions>>().Value.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string> EchoingAnswers() => ["gladia-401", "gladia-400-validation", "html-502", "malformed-200", "file-json"];

    [Theory]
    [MemberData(nameof(EchoingAnswers))]
    public async Task An_error_built_from_an_answer_that_echoes_the_key_does_not_show_it(string answer)
    {
        await using var server = await LoopbackServer.StartAsync(context => EchoAsync(context, answer));
        using var client = new GladiaClient(new GladiaClientOptions
        {
            ApiKey = HostileServers.Key,
            BaseUrl = server.BaseUrl,
            Retry = new RetryOptions { MaxRetries = 0 },
        });

        var result = answer == "file-json" ? (await client.PreRecorded().GetFileAsync("job-1")).Map(_ => 0) : (await client.PreRecorded().GetAsync("job-1")).Map(_ => 0);

        var error = Assert.Single(Lefts(result));
        AssertKeyAbsent(error, HostileServers.Key);
    }

    private static Task EchoAsync(HttpContext context, string answer)
    {
        var key = context.Request.Headers["x-gladia-key"].ToString();
        var (status, type, body) = answer switch
        {
            "gladia-401" => (401, "application/json", Gladia(401, $"Invalid API key '{key}'")),
            "gladia-400-validation" => (400, "application/json", Gladia(400, "Bad request", $",\"validation_errors\":[\"header x-gladia-key={key} is malformed\"]")),
            "html-502" => (502, "text/html", $"<html><body>upstream refused key {key}</body></html>"),
            "malformed-200" => (200, "application/json", $"{{\"id\":\"{key}\",\"status\":"),
            _ => (200, "application/json", $"{{\"echo\":\"{key}\"}}"),
        };
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        return context.Response.WriteAsync(body);
    }

    private static string Gladia(int status, string message, string extra = "") =>
        $"{{\"timestamp\":\"2026-09-10T10:45:00.000Z\",\"path\":\"/v2/pre-recorded/job-1\",\"request_id\":\"G-821fe9df\",\"statusCode\":{status},\"message\":{JsonSerializer.Serialize(message)}{extra}}}";

    private static void AssertKeyAbsent(PreRecordedError error, string key)
    {
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(key, new PreRecordedException(error).ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<PreRecordedError> Lefts<T>(LanguageExt.Either<PreRecordedError, T> result) =>
        result.Case is PreRecordedError error ? [error] : [];

    private static List<string> Lines(FakeLogCollector collector) =>
        [.. collector.GetSnapshot().Select(record =>
            $"{record.Category} {record.Level} {record.Message} {record.Exception} "
            + string.Join(" ", record.StructuredState?.Select(pair => pair.Key + "=" + pair.Value) ?? []))];

    private static async Task SendAll(params Task<HttpResponseMessage>[] requests)
    {
        foreach (var response in await Task.WhenAll(requests))
        {
            response.Dispose();
        }
    }

    private static string WithoutPerRequestFields(string body)
    {
        var fields = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        fields.Remove("timestamp");
        fields.Remove("request_id");
        return JsonSerializer.Serialize(fields.OrderBy(pair => pair.Key, StringComparer.Ordinal).ToDictionary());
    }

    private static void Copy(GladiaClientOptions from, GladiaClientOptions to)
    {
        to.ApiKey = from.ApiKey;
        to.BaseUrl = from.BaseUrl;
        to.GetTimeout = from.GetTimeout;
        to.ListTimeout = from.ListTimeout;
        to.DeleteTimeout = from.DeleteTimeout;
        to.FileTimeout = from.FileTimeout;
        to.MaxResponseBytes = from.MaxResponseBytes;
        to.Retry = from.Retry;
    }
}
