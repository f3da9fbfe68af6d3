using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using PreRecordedFx.MockServer;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>Resuming a download from a byte (Range), and a job's JSON exactly as the API sent it.</summary>
public sealed class ResumeAndRawJsonTests
{
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 1000).Select(i => (byte)(i % 251))];

    private static async Task<(Job Job, byte[] Whole)> ShortJobAsync(GladiaClient client)
    {
        await foreach (var item in client.PreRecorded().ListAllAsync(JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(100)))
        {
            var job = RightOf(item);
            if (job.File.Bind(f => f.AudioDuration).Map(d => d < 30).IfNone(false))
            {
                return (job, RightOf(await client.PreRecorded().GetFileAsync(job.Id)));
            }
        }

        throw new InvalidOperationException("the mock has no short done job");
    }

    private static async Task<byte[]> ReadAllAsync(AudioDownload audio)
    {
        using var copy = new MemoryStream();
        await audio.Content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static HttpResponseMessage Partial(byte[] whole, long from, long? rangeStart = null, string unit = "bytes", bool withRange = true)
    {
        var response = Wire.Audio(whole[(int)from..]);
        response.StatusCode = HttpStatusCode.PartialContent;
        if (withRange)
        {
            response.Content.Headers.ContentRange = new ContentRangeHeaderValue(rangeStart ?? from, whole.Length - 1, whole.Length) { Unit = unit };
        }

        return response;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    public async Task The_mock_answers_a_resumed_download_with_the_rest_of_the_file(long from)
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var (job, whole) = await ShortJobAsync(client);

        await using var audio = RightOf(await client.PreRecorded().OpenFileFromAsync(job.Id, from));

        Assert.Equal(from, audio.Offset);
        Assert.Equal(whole.LongLength - from, audio.Info.ContentLength.IfNone(-1));
        Assert.Equal(whole[(int)from..], await ReadAllAsync(audio));
    }

    [Fact]
    public async Task A_redirect_to_the_storage_keeps_the_range()
    {
        await using var mock = new MockServer(new MockServerOptions { Jobs = 45, RedirectFiles = true });
        using var client = mock.Client();
        var (job, whole) = await ShortJobAsync(client);

        await using var audio = RightOf(await client.PreRecorded().OpenFileFromAsync(job.Id, 100));

        Assert.Equal(100, audio.Offset);
        Assert.Equal(whole[100..], await ReadAllAsync(audio));
    }

    [Fact]
    public async Task Resuming_at_the_end_of_the_file_is_the_servers_416()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var (job, whole) = await ShortJobAsync(client);

        var error = LeftOf<AudioDownload, PreRecordedError.ServiceError>(await client.PreRecorded().OpenFileFromAsync(job.Id, whole.LongLength));

        Assert.Equal(416, error.StatusCode);
    }

    [Fact]
    public async Task The_range_header_asks_for_every_byte_from_the_offset_and_none_is_sent_from_zero()
    {
        var ranges = new List<string?>();
        using var server = new ScriptedHandler((request, _) =>
        {
            ranges.Add(request.Headers.Range?.ToString());
            return request.Headers.Range is null ? Wire.Audio(Bytes) : Partial(Bytes, 300);
        });
        using var client = Clients.On(server);

        await using (var whole = RightOf(await client.PreRecorded().OpenFileFromAsync("job-1", 0)))
        {
            Assert.Equal(0, whole.Offset);
            Assert.Equal(Bytes, await ReadAllAsync(whole));
        }

        await using (var rest = RightOf(await client.PreRecorded().OpenFileFromAsync("job-1", 300)))
        {
            Assert.Equal(300, rest.Offset);
            Assert.Equal(Bytes[300..], await ReadAllAsync(rest));
        }

        Assert.Equal([null, "bytes=300-"], ranges);
        Assert.Equal("/v2/pre-recorded/job-1/file", server.Seen.Last().Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_server_that_ignores_the_range_gives_the_whole_file_at_offset_zero()
    {
        using var server = new ScriptedHandler((_, _) => Wire.Audio(Bytes));
        using var client = Clients.On(server);

        await using var audio = RightOf(await client.PreRecorded().OpenFileFromAsync("job-1", 300));

        Assert.Equal(0, audio.Offset);
        Assert.Equal(Bytes, await ReadAllAsync(audio));
    }

    [Theory]
    [InlineData(200L, "bytes", true, "the partial content does not start at byte 300 (Content-Range: bytes 200-999/1000)")]
    [InlineData(300L, "pages", true, "the partial content does not start at byte 300 (Content-Range: pages 300-999/1000)")]
    [InlineData(300L, "bytes", false, "the partial content does not start at byte 300 (Content-Range: none)")]
    public async Task Partial_content_that_starts_elsewhere_is_malformed(long start, string unit, bool withRange, string reason)
    {
        using var server = new ScriptedHandler((_, _) => Partial(Bytes, 300, start, unit, withRange));
        using var client = Clients.On(server);

        var error = LeftOf<AudioDownload, PreRecordedError.MalformedResponse>(await client.PreRecorded().OpenFileFromAsync("job-1", 300));

        Assert.Equal(206, error.StatusCode);
        Assert.Equal(reason, error.Reason);
    }

    [Fact]
    public async Task A_negative_offset_is_refused_before_anything_is_sent()
    {
        using var server = new ScriptedHandler((_, _) => Wire.Audio(Bytes));
        using var client = Clients.On(server);

        var error = LeftOf<AudioDownload, PreRecordedError.InvalidArgument>(await client.PreRecorded().OpenFileFromAsync("job-1", -1));

        Assert.Equal("fromByte", error.Parameter);
        Assert.Equal("must be 0 or more, not -1", error.Reason);
        Assert.Equal(0, server.Count);
    }

    [Fact]
    public void A_download_made_for_a_test_carries_its_offset_and_refuses_a_negative_one()
    {
        var info = new AudioFileInfo("audio/wav", 10L, "a.wav");

        using var audio = new AudioDownload(new MemoryStream(new byte[10]), info, 5);
        using var whole = new AudioDownload(new MemoryStream(new byte[10]), info);

        Assert.Equal(5, audio.Offset);
        Assert.Equal(0, whole.Offset);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AudioDownload(new MemoryStream(), info, -1));
    }

    [Fact]
    public async Task The_jobs_json_comes_back_verbatim_with_members_the_library_does_not_know()
    {
        var json = JsonNode.Parse(Wire.JobJson())!.AsObject();
        json["from_the_future"] = new JsonObject { ["answer"] = 42 };
        var sent = json.ToJsonString();
        using var server = new ScriptedHandler((_, _) => Wire.Json(sent));
        using var client = Clients.On(server);

        var text = RightOf(await client.PreRecorded().GetJsonAsync("job-1"));

        Assert.Equal(sent, text);
        Assert.Equal("/v2/pre-recorded/job-1", Assert.Single(server.Seen).Uri.AbsolutePath);
    }

    [Fact]
    public async Task The_jobs_json_fails_as_get_does()
    {
        using var missing = new ScriptedHandler((_, _) => Wire.Error(HttpStatusCode.NotFound));
        using var broken = new ScriptedHandler((_, _) => Wire.Json("""{"id": 3}"""));
        using var onMissing = Clients.On(missing);
        using var onBroken = Clients.On(broken);

        Assert.IsType<PreRecordedError.NotFound>(LeftOf(await onMissing.PreRecorded().GetJsonAsync("job-1")));
        Assert.Equal(LeftOf(await onBroken.PreRecorded().GetAsync("job-1")), LeftOf(await onBroken.PreRecorded().GetJsonAsync("job-1")));
        Assert.IsType<PreRecordedError.InvalidArgument>(LeftOf(await onBroken.PreRecorded().GetJsonAsync(" ")));
    }
}
