using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Live;

/// <summary>
/// <c>/v2/live</c>: live sessions are got, listed, downloaded and deleted with the jobs' calls and rules, and carry what
/// a live session has (kind live, the stream's parameters, a result with messages).
/// </summary>
public sealed class LiveSessionTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private const string UnknownId = "00000000-0000-4000-8000-000000000000";

    // What Gladia's StreamingRequestParamsResponse allows.
    private static readonly string[] Encodings = ["wav/pcm", "wav/alaw", "wav/ulaw"];
    private static readonly int[] SampleRates = [8000, 16000, 32000, 44100, 48000];

    private static async Task<JsonElement> First(HttpClient client, string status)
    {
        using var page = await client.Json(Wire.Live + "?limit=1&status=" + status);
        return page.RootElement.GetProperty("items")[0].Clone();
    }

    [Fact]
    public async Task The_default_mock_seeds_twenty_live_sessions_of_every_status_beside_its_jobs()
    {
        var sessions = await mock.Client.AllLive();

        Assert.Equal(20, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("live", s.GetProperty("kind").GetString()));
        Assert.Equal(["done", "error", "processing", "queued"], sessions.Select(s => s.GetProperty("status").GetString()!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(sessions.OrderByDescending(s => s.CreatedAt()).Select(s => s.Id()), sessions.Select(s => s.Id()));
        var jobIds = (await mock.Client.AllJobs()).Select(j => j.Id()).ToHashSet();
        Assert.DoesNotContain(sessions, s => jobIds.Contains(s.Id()));
    }

    [Fact]
    public async Task A_done_session_has_the_stream_parameters_a_transcription_and_messages_of_its_own_session()
    {
        var listed = await First(mock.Client, "done");
        using var one = await mock.Client.Json(Wire.Live + "/" + listed.Id());
        var session = one.RootElement;

        Assert.Equal(listed.GetRawText(), session.GetRawText());
        var parameters = session.GetProperty("request_params");
        Assert.Contains(parameters.GetProperty("encoding").GetString(), Encodings);
        Assert.Contains(parameters.GetProperty("sample_rate").GetInt32(), SampleRates);
        Assert.Equal("solaria-1", parameters.GetProperty("model").GetString());
        Assert.Equal(session.GetProperty("file").GetProperty("number_of_channels").GetInt32(), parameters.GetProperty("channels").GetInt32());
        Assert.True(parameters.GetProperty("endpointing").GetDouble() > 0);

        var result = session.GetProperty("result");
        Assert.Equal(session.GetProperty("file").GetProperty("audio_duration").GetDouble(), result.GetProperty("metadata").GetProperty("audio_duration").GetDouble());
        var transcript = result.GetProperty("transcription").GetProperty("full_transcript").GetString()!;
        var messages = result.GetProperty("messages").EnumerateArray().Select(m => JsonDocument.Parse(m.GetString()!).RootElement).ToList();
        Assert.InRange(messages.Count, 3, 5);
        Assert.All(messages, m => Assert.Equal(session.Id(), m.GetProperty("session_id").GetString()));
        Assert.Equal("start_session", messages[0].GetProperty("type").GetString());
        Assert.Equal("end_session", messages[^1].GetProperty("type").GetString());
        Assert.All(messages[1..^1], m => Assert.Contains(m.GetProperty("data").GetProperty("utterance").GetProperty("text").GetString()!, transcript, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pending_sessions_have_no_result_and_error_ones_an_error_code()
    {
        var queued = await First(mock.Client, "queued");
        var error = await First(mock.Client, "error");

        Assert.Equal(JsonValueKind.Null, queued.GetProperty("result").ValueKind);
        Assert.Equal(JsonValueKind.Null, queued.GetProperty("completed_at").ValueKind);
        Assert.InRange(error.GetProperty("error_code").GetInt32(), 400, 599);
        Assert.Equal(JsonValueKind.Null, error.GetProperty("result").ValueKind);
    }

    [Theory]
    [InlineData(UnknownId)]
    [InlineData("not-a-uuid")]
    [InlineData("%20")]
    public async Task An_unknown_or_bad_id_answers_gladias_404(string id)
    {
        using var response = await mock.Client.GetAsync(Wire.Live + "/" + id);
        using var file = await mock.Client.GetAsync(Wire.Live + "/" + id + "/file");

        await Wire.AssertGladiaError(response, 404, Wire.Live + "/" + id);
        await Wire.AssertGladiaError(file, 404, Wire.Live + "/" + id + "/file");
    }

    [Fact]
    public async Task An_overlong_id_answers_404()
    {
        var path = Wire.Live + "/" + new string('a', 20_000);
        using var response = await mock.Client.GetAsync(path);
        await Wire.AssertGladiaError(response, 404, path);
    }

    [Fact]
    public async Task A_job_id_is_unknown_under_live_and_a_session_id_under_pre_recorded()
    {
        var job = (await mock.Client.AllJobs())[0].Id();
        var session = (await mock.Client.AllLive())[0].Id();

        using var jobAsLive = await mock.Client.GetAsync(Wire.Live + "/" + job);
        using var sessionAsJob = await mock.Client.GetAsync(Wire.Jobs + "/" + session);

        Assert.Equal(HttpStatusCode.NotFound, jobAsLive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sessionAsJob.StatusCode);
    }

    [Fact]
    public async Task Pages_follow_next_through_every_session_with_links_on_v2_live()
    {
        var all = await mock.Client.AllLive();
        var (items, pages) = await mock.Client.FollowAll(Wire.Live + "?limit=7&status=done&status=error");

        Assert.Equal(all.Where(s => s.GetProperty("status").GetString() is "done" or "error").Select(s => s.Id()), items.Select(s => s.Id()));
        Assert.True(pages.Count > 1);
        Assert.All(pages, p => Assert.Contains("/v2/live?offset=", p.GetProperty("current").GetString(), StringComparison.Ordinal));
        Assert.Equal("http://localhost/v2/live?offset=0&limit=7&status=done&status=error", pages[1].GetProperty("first").GetString());
        Assert.Equal("http://localhost/v2/live?offset=7&limit=7&status=done&status=error", pages[1].GetProperty("current").GetString());
    }

    [Fact]
    public async Task Date_filters_select_the_same_sessions_as_their_created_at()
    {
        var all = await mock.Client.AllLive();
        var pivot = all[all.Count / 2].CreatedAt();
        var day = all[^1].CreatedAt().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var at = Uri.EscapeDataString(pivot.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));

        var before = (await mock.Client.FollowAll(Wire.Live + "?before_date=" + at)).Items;
        var after = (await mock.Client.FollowAll(Wire.Live + "?after_date=" + at)).Items;
        var onDay = (await mock.Client.FollowAll(Wire.Live + "?date=" + day)).Items;

        Assert.Equal(all.Where(s => s.CreatedAt() < pivot).Select(s => s.Id()), before.Select(s => s.Id()));
        Assert.Equal(all.Where(s => s.CreatedAt() > pivot).Select(s => s.Id()), after.Select(s => s.Id()));
        Assert.NotEmpty(onDay);
        Assert.Equal(all.Where(s => s.CreatedAt().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == day).Select(s => s.Id()), onDay.Select(s => s.Id()));
    }

    [Fact]
    public async Task A_custom_metadata_filter_matches_some_sessions_and_some_jobs_exactly_as_their_metadata()
    {
        var sessions = await mock.Client.AllLive();
        var jobs = await mock.Client.AllJobs();
        static string? User(JsonElement item) =>
            item.GetProperty("custom_metadata") is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("userId", out var u) ? u.GetString() : null;
        var user = sessions.Select(User).OfType<string>().GroupBy(u => u).OrderByDescending(g => g.Count()).First().Key;

        var liveMatches = (await mock.Client.FollowAll(Wire.Live + "?custom_metadata%5BuserId%5D=" + user)).Items;
        var jobMatches = (await mock.Client.FollowAll(Wire.Jobs + "?custom_metadata%5BuserId%5D=" + user + "&limit=100")).Items;

        Assert.NotEmpty(liveMatches);
        Assert.NotEmpty(jobMatches);
        Assert.Equal(sessions.Where(s => User(s) == user).Select(s => s.Id()), liveMatches.Select(s => s.Id()));
        Assert.Equal(jobs.Where(j => User(j) == user).Select(j => j.Id()), jobMatches.Select(j => j.Id()));
    }

    [Fact]
    public async Task An_invalid_query_is_a_400_listing_every_problem()
    {
        using var response = await mock.Client.GetAsync(Wire.Live + "?limit=0&status=finished&date=yesterday");

        await Wire.AssertGladiaError(response, 400, Wire.Live);
        using var body = await response.Body();
        Assert.Equal(3, body.RootElement.GetProperty("validation_errors").GetArrayLength());
    }

    [Fact]
    public async Task The_file_is_a_playable_wav_of_the_sessions_duration_with_ranges()
    {
        var session = await First(mock.Client, "done");
        var file = session.GetProperty("file");
        var path = Wire.Live + "/" + session.Id() + "/file";

        var wav = await mock.Client.GetByteArrayAsync(path);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Range = new RangeHeaderValue(0, 43);
        using var head = await mock.Client.SendAsync(request);

        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(wav, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(wav, 8, 4));
        var channels = BitConverter.ToInt16(wav, 22);
        var byteRate = BitConverter.ToInt32(wav, 28);
        var dataBytes = BitConverter.ToInt32(wav, 40);
        Assert.Equal(file.GetProperty("number_of_channels").GetInt32(), channels);
        Assert.Equal(file.GetProperty("audio_duration").GetDouble(), (double)dataBytes / byteRate, 2);
        Assert.Equal(HttpStatusCode.PartialContent, head.StatusCode);
        Assert.Equal(wav[..44], await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(wav.Length, head.Content.Headers.ContentRange!.Length);
    }

    [Fact]
    public async Task A_session_that_failed_before_storing_audio_has_no_file()
    {
        await using var seeded = new MockServerFactory(new MockServerOptions { LiveSessions = 200 });
        using var client = seeded.CreateAuthorizedClient();
        var silent = (await client.AllLive()).First(s => s.GetProperty("file").ValueKind == JsonValueKind.Null);

        using var response = await client.GetAsync(Wire.Live + "/" + silent.Id() + "/file");

        await Wire.AssertGladiaError(response, 404, Wire.Live + "/" + silent.Id() + "/file");
    }
}
