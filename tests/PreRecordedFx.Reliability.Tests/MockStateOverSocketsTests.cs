using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// The admin API, job creation and the lifecycle over real loopback sockets: the same promises as in memory, plus
/// no 5xx when many clients create, reset and send bad bodies at once.
/// </summary>
public sealed class MockStateOverSocketsTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> CreateAsync(HttpClient client, string json)
    {
        using var response = await client.PostAsync(new Uri("v2/pre-recorded", UriKind.Relative), Json(json));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        return body.RootElement.GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task An_uploaded_file_becomes_a_job_the_client_waits_for_until_done()
    {
        var clock = new SteppedClock(Start);
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 5, QueuedSeconds = 2, ProcessingSeconds = 3 }, clock);
        using var http = mock.Client();
        var audio = new byte[32_000];
        using var form = new MultipartFormDataContent { { new ByteArrayContent(audio), "audio", "note.raw" } };
        using var uploaded = await http.PostAsync(new Uri("v2/upload", UriKind.Relative), form);
        using var upload = JsonDocument.Parse(await uploaded.Content.ReadAsByteArrayAsync());
        var id = await CreateAsync(http, "{\"audio_url\": \"" + upload.RootElement.GetProperty("audio_url").GetString() + "\"}");
        using var client = new GladiaClient(
            new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.BaseUrl },
            new SocketsHttpHandler { AllowAutoRedirect = false },
            NullLoggerFactory.Instance);

        // The client pauses on the real clock here (its own clock is not injectable from outside); the mock's clock
        // is moved past the lifecycle before the second poll, so one real pause of the initial delay is all it takes.
        var waiting = client.PreRecorded().WaitUntilFinishedAsync(id, new WaitOptions { InitialDelay = TimeSpan.FromMilliseconds(50), Budget = TimeSpan.FromSeconds(30) });
        clock.Advance(TimeSpan.FromSeconds(5));
        var finished = await waiting;

        var job = finished.Match(Right: j => j, Left: e => throw new Xunit.Sdk.XunitException(e.Message));
        Assert.Equal(JobStatus.Done, job.Status);
        Assert.Equal(audio, await http.GetByteArrayAsync(new Uri($"v2/pre-recorded/{id}/file", UriKind.Relative)));
    }

    [Fact]
    public async Task Live_sessions_are_listed_read_resumed_and_deleted_over_sockets()
    {
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 3, LiveSessions = 6 });
        using var client = new GladiaClient(
            new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.BaseUrl },
            new SocketsHttpHandler { AllowAutoRedirect = false },
            NullLoggerFactory.Instance);
        var live = client.Live();

        var sessions = (await live.ListAllAsync(JobQuery.Default.WithLimit(4)).ToListAsync()).Select(Right).ToList();
        var done = sessions.First(s => s.Status == JobStatus.Done && s.File.IsSome);
        var whole = Right(await live.GetFileAsync(done.Id));
        await using var rest = Right(await live.OpenFileFromAsync(done.Id, 100));
        using var tail = new MemoryStream();
        await rest.Content.CopyToAsync(tail);
        var deleted = await live.DeleteAsync(done.Id);

        Assert.Equal(6, sessions.Count);
        Assert.Equal(100, rest.Offset);
        Assert.Equal(whole[100..], tail.ToArray());
        Assert.True(deleted.IsRight);
        Assert.IsType<PreRecordedError.NotFound>(Left(await live.GetAsync(done.Id)));
        Assert.Equal(3, (await client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default).ToListAsync()).Count);
    }

    private static T Right<T>(LanguageExt.Either<PreRecordedError, T> either) =>
        either.Match(Right: value => value, Left: error => throw new Xunit.Sdk.XunitException(error.Message));

    private static PreRecordedError Left<T>(LanguageExt.Either<PreRecordedError, T> either) =>
        either.Match(Right: _ => throw new Xunit.Sdk.XunitException("expected a Left"), Left: error => error);

    [Fact]
    public async Task The_journal_and_reset_work_over_sockets_and_never_hold_a_key()
    {
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 8, ApiKey = "socket-key-0001", AdminKey = "socket-admin-0002" });
        using var http = mock.Client("socket-key-0001");
        using var jobs = JsonDocument.Parse(await http.GetStringAsync(new Uri("v2/pre-recorded?status=done", UriKind.Relative)));
        var ids = jobs.RootElement.GetProperty("items").EnumerateArray().Take(3).Select(j => j.GetProperty("id").GetString()!).ToList();
        foreach (var id in ids)
        {
            using var deleted = await http.DeleteAsync(new Uri("v2/pre-recorded/" + id, UriKind.Relative));
        }

        using var refused = await http.GetAsync(new Uri("__admin/requests", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        http.DefaultRequestHeaders.Add("x-admin-key", "socket-admin-0002");
        var journal = await http.GetStringAsync(new Uri("__admin/requests", UriKind.Relative));
        using var entries = JsonDocument.Parse(journal);
        Assert.Equal(
            ids.Select(id => "/v2/pre-recorded/" + id),
            entries.RootElement.EnumerateArray().Where(e => e.GetProperty("method").GetString() == "DELETE").Select(e => e.GetProperty("path").GetString()));
        Assert.DoesNotContain("socket-key-0001", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("socket-admin-0002", journal, StringComparison.Ordinal);

        using var reset = await http.PostAsync(new Uri("__admin/reset", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Empty(mock.Requests);
        using var back = await http.GetAsync(new Uri("v2/pre-recorded/" + ids[0], UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    [Fact]
    public async Task Concurrent_creations_resets_and_bad_bodies_never_get_a_5xx()
    {
        var clock = new SteppedClock(Start);
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 20, Lifecycle = true, JournalSize = 10_000 }, clock);
        string[] badBodies = ["", "{", "[]", "{\"audio_url\": null}", "{\"audio_url\": \"https://x/a.wav\", \"language_config\": {\"languages\": [1]}}", "\u0000\u00ff", new string('[', 5000)];
        var statuses = new ConcurrentBag<int>();
        var created = new ConcurrentBag<string>();

        async Task ClientAsync(int n)
        {
            using var http = mock.Client();
            for (var i = 0; i < 25; i++)
            {
                HttpResponseMessage response = ((n + i) % 5) switch
                {
                    0 => await http.PostAsync(new Uri("v2/pre-recorded", UriKind.Relative), Json(badBodies[(n + i) % badBodies.Length])),
                    1 => await http.PutAsync(new Uri("__admin/jobs/x-" + n, UriKind.Relative), Json(badBodies[i % badBodies.Length])),
                    2 => await http.PutAsync(new Uri("__admin/faults", UriKind.Relative), Json(badBodies[i % badBodies.Length])),
                    3 => await http.PostAsync(new Uri("v2/upload", UriKind.Relative), Json(badBodies[i % badBodies.Length])),
                    _ => await http.PostAsync(new Uri("v2/pre-recorded", UriKind.Relative), Json("{\"audio_url\": \"https://x/" + n + "-" + i + ".wav\", \"custom_metadata\": {\"client\": " + n + "}}")),
                };
                using (response)
                {
                    statuses.Add((int)response.StatusCode);
                    if (response.StatusCode == HttpStatusCode.Created && response.RequestMessage!.RequestUri!.AbsolutePath == "/v2/pre-recorded")
                    {
                        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
                        created.Add(body.RootElement.GetProperty("id").GetString()!);
                    }
                }

                clock.Advance(TimeSpan.FromMilliseconds(300));
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(ClientAsync));

        Assert.DoesNotContain(statuses, status => status >= 500);
        Assert.Equal(80, created.Count);
        Assert.Equal(80, created.Distinct().Count());
        clock.Advance(TimeSpan.FromSeconds(10));
        using var check = mock.Client();
        using var page = JsonDocument.Parse(await check.GetStringAsync(new Uri("v2/pre-recorded?limit=100&status=done", UriKind.Relative)));
        var listed = page.RootElement.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("id").GetString()!).ToList();
        Assert.All(created, id => Assert.Contains(id, listed));
    }

    /// <summary>A clock the test moves (thread-safe: the load test's clients move it concurrently).</summary>
    private sealed class SteppedClock(DateTimeOffset start) : TimeProvider
    {
        private long ticks = start.UtcTicks;

        public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

        public void Advance(TimeSpan by) => Interlocked.Add(ref ticks, by.Ticks);
    }
}
