using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Creation;

/// <summary>
/// Creating jobs as Gladia documents it: <c>POST /v2/upload</c>, then <c>POST /v2/pre-recorded</c>; created jobs run
/// through the lifecycle (queued 2 s, processing 3 s here) on the mock's clock.
/// </summary>
public sealed class CreationTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 1, 12, 0, 0, TimeSpan.Zero);

    private static MockServerFactory Mock(ManualClock clock, int seed = 42, long maxUploadBytes = 1_000_000) =>
        new(new MockServerOptions { Seed = seed, Jobs = 10, QueuedSeconds = 2, ProcessingSeconds = 3, MaxUploadBytes = maxUploadBytes }, clock);

    private static byte[] Wav(double seconds, int channels) => SampleAudio.Wav(seconds, channels);

    private static async Task<JsonElement> Upload(HttpClient client, byte[] audio, string filename = "team call.wav")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(audio);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "audio", filename);
        using var response = await client.PostAsync("/v2/upload", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await response.Body();
        return body.RootElement.Clone();
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> Create(HttpClient client, string json)
    {
        var response = await client.PostAsync(Wire.Jobs, new StringContent(json, Encoding.UTF8, "application/json"));
        using var body = await response.Body();
        return (response, body.RootElement.Clone());
    }

    private static async Task<string> CreateId(HttpClient client, string json)
    {
        var (response, body) = await Create(client, json);
        using (response)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return body.GetProperty("id").GetString()!;
        }
    }

    private static async Task<JsonElement> Get(HttpClient client, string id)
    {
        using var job = await client.Json(Wire.Jobs + "/" + id);
        return job.RootElement.Clone();
    }

    [Fact]
    public async Task An_upload_answers_its_link_and_what_it_read_from_the_wav()
    {
        await using var mock = Mock(new ManualClock(Start));
        using var client = mock.CreateAuthorizedClient();
        var audio = Wav(1.5, 2);

        var upload = await Upload(client, audio);

        var id = upload.GetProperty("audio_metadata").GetProperty("id").GetString();
        Assert.Equal("http://localhost/file/" + id, upload.GetProperty("audio_url").GetString());
        var metadata = upload.GetProperty("audio_metadata");
        Assert.Equal("team call.wav", metadata.GetProperty("filename").GetString());
        Assert.Equal("wav", metadata.GetProperty("extension").GetString());
        Assert.Equal(audio.Length, metadata.GetProperty("size").GetInt64());
        Assert.Equal(1.5, metadata.GetProperty("audio_duration").GetDouble());
        Assert.Equal(2, metadata.GetProperty("number_of_channels").GetInt32());
    }

    [Fact]
    public async Task An_upload_that_is_not_a_wav_gets_a_duration_from_its_size()
    {
        await using var mock = Mock(new ManualClock(Start));
        using var client = mock.CreateAuthorizedClient();

        var upload = await Upload(client, new byte[48_000], "voice.mp3");

        Assert.Equal(3, upload.GetProperty("audio_metadata").GetProperty("audio_duration").GetDouble());
        Assert.Equal("mp3", upload.GetProperty("audio_metadata").GetProperty("extension").GetString());
    }

    [Fact]
    public async Task An_upload_without_multipart_or_without_audio_is_a_400()
    {
        await using var mock = Mock(new ManualClock(Start));
        using var client = mock.CreateAuthorizedClient();
        using var json = await client.PostAsync("/v2/upload", new StringContent("{}", Encoding.UTF8, "application/json"));
        await Wire.AssertGladiaError(json, 400, "/v2/upload");

        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        using var noAudio = await client.PostAsync("/v2/upload", form);
        await Wire.AssertGladiaError(noAudio, 400, "/v2/upload");
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_a_413()
    {
        await using var mock = Mock(new ManualClock(Start), maxUploadBytes: 1000);
        using var client = mock.CreateAuthorizedClient();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[5000]), "audio", "big.wav" } };
        using var response = await client.PostAsync("/v2/upload", form);
        await Wire.AssertGladiaError(response, 413, "/v2/upload");
    }

    [Fact]
    public async Task A_job_made_from_an_upload_is_queued_then_done_and_serves_the_uploaded_bytes()
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var audio = Wav(2, 1);
        var upload = await Upload(client, audio);

        var audioUrl = upload.GetProperty("audio_url").GetString();
        var (response, created) = await Create(client, "{\"audio_url\": \"" + audioUrl + "\", \"custom_metadata\": {\"user\": \"John Doe\"}}");
        using (response)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("http://localhost/v2/pre-recorded/" + id, created.GetProperty("result_url").GetString());
        var queued = await Get(client, id);
        Assert.Equal("queued", queued.GetProperty("status").GetString());
        Assert.Equal("2026-10-01T12:00:00.000Z", queued.GetProperty("created_at").GetString());
        Assert.Equal("John Doe", queued.GetProperty("custom_metadata").GetProperty("user").GetString());
        Assert.Equal("team call.wav", queued.GetProperty("file").GetProperty("filename").GetString());

        clock.Advance(TimeSpan.FromSeconds(5));
        var done = await Get(client, id);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(2, done.GetProperty("result").GetProperty("metadata").GetProperty("audio_duration").GetDouble());
        Assert.Equal(audio, await client.GetByteArrayAsync(Wire.Jobs + "/" + id + "/file"));
        var (listed, _) = await client.FollowAll(Wire.Jobs + "?custom_metadata[user]=John%20Doe");
        Assert.Equal(id, Assert.Single(listed).Id());
    }

    [Fact]
    public async Task A_job_from_a_remote_url_echoes_its_options_and_serves_generated_audio()
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, """{"audio_url": "https://media.example.com/a%20b/interview.mp3", "diarization": true, "language_config": {"languages": ["fr"]}}""");
        clock.Advance(TimeSpan.FromSeconds(5));

        var done = await Get(client, id);
        Assert.Equal("interview.mp3", done.GetProperty("file").GetProperty("filename").GetString());
        Assert.Equal("https://media.example.com/a%20b/interview.mp3", done.GetProperty("request_params").GetProperty("audio_url").GetString());
        Assert.True(done.GetProperty("request_params").GetProperty("diarization").GetBoolean());
        Assert.Equal("solaria-1", done.GetProperty("request_params").GetProperty("model").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("custom_metadata").ValueKind);
        Assert.Equal(["fr"], done.GetProperty("result").GetProperty("transcription").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        using var file = await client.GetAsync(Wire.Jobs + "/" + id + "/file");
        Assert.Equal("audio/wav", file.Content.Headers.ContentType?.MediaType);
        var duration = done.GetProperty("file").GetProperty("audio_duration").GetDouble();
        Assert.Equal(44 + (2 * (long)Math.Round(duration * 16_000)), file.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("https://unreachable.invalid/audio.wav")]
    [InlineData("http://localhost/file/00000000-0000-4000-8000-000000000000")]
    public async Task A_job_whose_audio_cannot_be_fetched_ends_in_error(string audioUrl)
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock);
        using var client = mock.CreateAuthorizedClient();
        var id = await CreateId(client, $$"""{"audio_url": "{{audioUrl}}"}""");

        using var refused = await client.DeleteAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        clock.Advance(TimeSpan.FromSeconds(5));

        var failed = await Get(client, id);
        Assert.Equal("error", failed.GetProperty("status").GetString());
        Assert.Equal(400, failed.GetProperty("error_code").GetInt32());
        Assert.Equal("2026-10-01T12:00:05.000Z", failed.GetProperty("completed_at").GetString());
        Assert.Equal(JsonValueKind.Null, failed.GetProperty("result").ValueKind);
        using var file = await client.GetAsync(Wire.Jobs + "/" + id + "/file");
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        using var deleted = await client.DeleteAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
    }

    [Theory]
    [InlineData("{}", "Field \"audio_url\" is required")]
    [InlineData("{\"audio_url\": 42}", "Field \"audio_url\" must be a URL address")]
    [InlineData("{\"audio_url\": \"ftp://x/a.wav\"}", "Field \"audio_url\" must be a URL address")]
    [InlineData("{\"audio_url\": \"https://x/a.wav\", \"diarization\": \"yes\"}", "Field \"diarization\" must be a boolean value")]
    [InlineData("{\"audio_url\": \"https://x/a.wav\", \"custom_metadata\": [1]}", "Field \"custom_metadata\" must be an object")]
    [InlineData("{\"audio_url\": \"https://x/a.wav\", \"model\": \"fast\"}", "Field \"model\" must be one of the following values: solaria-1, solaria-3")]
    [InlineData("{\"audio_url\": \"https://x/a.wav\", \"callback_url\": \"nope\"}", "Field \"callback_url\" must be a URL address")]
    [InlineData("{\"audio_url\": \"https://x/a.wav\", \"language_config\": {\"languages\": \"fr\"}}", "Field \"language_config.languages\" must be an array")]
    [InlineData("{\"audio_url\": \"https://x/a.wav\", \"colour\": \"red\"}", "property colour should not exist")]
    [InlineData("[]", "Body must be a JSON object")]
    [InlineData("{", "Body must be valid JSON")]
    public async Task A_bad_body_is_gladias_400_naming_the_problem(string json, string problem)
    {
        await using var mock = Mock(new ManualClock(Start));
        using var client = mock.CreateAuthorizedClient();
        var (response, body) = await Create(client, json);
        using (response)
        {
            await Wire.AssertGladiaError(response, 400, Wire.Jobs);
        }

        Assert.Contains(problem, body.GetProperty("validation_errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(10, (await client.AllJobs()).Count);
    }

    [Fact]
    public async Task Every_problem_of_a_body_is_listed()
    {
        await using var mock = Mock(new ManualClock(Start));
        using var client = mock.CreateAuthorizedClient();
        var (response, body) = await Create(client, "{\"sentences\": 1, \"subtitles_config\": true}");
        response.Dispose();
        Assert.Equal(3, body.GetProperty("validation_errors").GetArrayLength());
    }

    [Fact]
    public async Task Creating_needs_the_key()
    {
        await using var mock = Mock(new ManualClock(Start));
        using var anonymous = mock.CreateClient();
        using var response = await anonymous.PostAsync(Wire.Jobs, new StringContent("{\"audio_url\": \"https://x/a.wav\"}", Encoding.UTF8, "application/json"));
        await Wire.AssertGladiaError(response, 401, Wire.Jobs);
    }

    [Fact]
    public async Task Created_ids_follow_the_seed_and_a_reset_removes_created_jobs_and_restarts_them()
    {
        var clock = new ManualClock(Start);
        await using var mock = Mock(clock, seed: 5);
        using var client = mock.CreateAuthorizedClient();
        const string Body = "{\"audio_url\": \"https://x/a.wav\"}";
        var first = await CreateId(client, Body);
        var second = await CreateId(client, Body);
        Assert.NotEqual(first, second);

        mock.Reset();

        Assert.Equal(10, (await client.AllJobs()).Count);
        Assert.Equal(first, await CreateId(client, Body));
        await using var otherSeed = Mock(new ManualClock(Start), seed: 6);
        using var otherClient = otherSeed.CreateAuthorizedClient();
        Assert.NotEqual(first, await CreateId(otherClient, Body));
    }
}
