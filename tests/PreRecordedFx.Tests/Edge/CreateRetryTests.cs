using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>
/// A POST is never retried blindly: a creation or an upload is sent again only where nothing can have been made (a 429,
/// a 503, a connection never made), and a creation whose answer is lost after it went is <c>CreationUnconfirmed</c>.
/// </summary>
public sealed class CreateRetryTests
{
    private const string CreatedBody = """{"id":"job-1","result_url":"https://api.test/v2/pre-recorded/job-1"}""";
    private const string UploadedBody = """{"audio_url":"https://api.test/file/up-1","audio_metadata":{"id":"up-1","filename":"a.wav","extension":"wav","size":4,"audio_duration":1.0,"number_of_channels":1}}""";

    private static readonly TranscriptionRequest Request = new TranscriptionRequest("https://files.example/a.wav").WithMetadata("userId", "u-42");

    private static HttpResponseMessage Created() => Wire.Json(CreatedBody, HttpStatusCode.Created);

    private static HttpResponseMessage Fail(Exception e) => throw e;

    private static HttpRequestException Refused() => new(HttpRequestError.ConnectionError, "Connection refused (api.test:443)");

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task A_creation_refused_before_processing_is_sent_again(HttpStatusCode refusal)
    {
        var handler = new ScriptedHandler((_, n) => n == 1 ? Wire.Status(refusal).WithRetryAfter("0") : Created());
        using var client = Clients.On(handler);

        var job = RightOf(await client.PreRecorded().CreateAsync(Request));

        Assert.Equal("job-1", job.Id);
        Assert.Equal(2, handler.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    [InlineData(HttpStatusCode.RequestTimeout)]
    public async Task A_creation_that_may_have_been_processed_is_not_sent_again(HttpStatusCode status)
    {
        var handler = new ScriptedHandler((_, _) => Wire.Status(status));
        using var client = Clients.On(handler);

        var error = LeftOf<CreatedJob, PreRecordedError.ServiceError>(await client.PreRecorded().CreateAsync(Request));

        Assert.Equal((int)status, error.StatusCode);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_connection_never_made_is_tried_again_and_is_a_transport_failure_when_it_never_is()
    {
        var once = new ScriptedHandler((_, n) => n == 1 ? throw Refused() : Created() as HttpResponseMessage);
        var never = new ScriptedHandler((_, _) => Fail(Refused()));
        using var recovering = Clients.On(once);
        using var down = Clients.On(never);

        Assert.Equal("job-1", RightOf(await recovering.PreRecorded().CreateAsync(Request)).Id);
        var error = LeftOf<CreatedJob, PreRecordedError.TransportFailure>(await down.PreRecorded().CreateAsync(Request));

        Assert.Equal(2, once.Count);
        Assert.Equal(4, never.Count);
        Assert.Contains("Connection refused", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_connection_lost_after_the_creation_went_is_unconfirmed_and_names_the_metadata_to_find_the_job_by()
    {
        var handler = new ScriptedHandler((_, _) => Fail(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely.", new IOException("reset"))));
        using var client = Clients.On(handler);

        var error = LeftOf<CreatedJob, PreRecordedError.CreationUnconfirmed>(await client.PreRecorded().CreateAsync(Request));

        Assert.Equal(1, handler.Count);
        Assert.Equal("""{"userId":"u-42"}""", error.CustomMetadata.IfNone(""));
        Assert.Contains("The response ended prematurely", error.Reason, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task A_creation_that_outlives_its_budget_is_unconfirmed_not_a_timeout()
    {
        var handler = new ScriptedHandler(async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Created();
        });
        using var client = Clients.On(handler, o => o.CreateTimeout = TimeSpan.FromMilliseconds(100));

        var error = LeftOf<CreatedJob, PreRecordedError.CreationUnconfirmed>(
            await client.PreRecorded().CreateAsync(new TranscriptionRequest("https://files.example/a.wav")));

        Assert.Equal(1, handler.Count);
        Assert.Equal("Timeout: create took longer than 0.1 s", error.Reason);
        Assert.True(error.CustomMetadata.IsNone);
    }

    [Fact]
    public async Task The_callers_cancellation_of_a_creation_throws_as_for_every_call()
    {
        using var cancel = new CancellationTokenSource();
        var handler = new ScriptedHandler(async (_, _, token) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            return Created();
        });
        using var client = Clients.On(handler);

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PreRecorded().CreateAsync(Request, cancel.Token));

        Assert.Equal(cancel.Token, thrown.CancellationToken);
    }

    [Fact]
    public async Task A_seekable_upload_is_sent_again_whole_after_a_503()
    {
        var bodies = new List<long>();
        var handler = new ScriptedHandler(async (request, n) =>
        {
            // Serialised afresh each time, as a socket transport does (ReadAsByteArrayAsync would buffer it once).
            using var body = new MemoryStream();
            await request.Content!.CopyToAsync(body);
            bodies.Add(body.Length);
            return n == 1 ? Wire.Status(HttpStatusCode.ServiceUnavailable) : Wire.Json(UploadedBody);
        });
        using var client = Clients.On(handler);
        using var audio = new MemoryStream([1, 2, 3, 4]);
        var sent = new List<long>();

        var uploaded = RightOf(await client.PreRecorded().UploadAsync(audio, "a.wav", new ProgressCallback(p => sent.Add(p.BytesSent))));

        Assert.Equal(new Uri("https://api.test/file/up-1"), uploaded.AudioUrl);
        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.True(bodies[0] > 4, "the whole file went both times");
        Assert.Equal([4L, 4L], sent);
        Assert.Equal(HttpMethod.Post.Method, handler.Seen.First().Method);
        Assert.Equal("/v2/upload", handler.Seen.First().Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_resent_upload_starts_again_where_the_stream_stood_and_declares_its_length_truly()
    {
        var bodies = new List<byte[]>();
        var declared = new List<long?>();
        var handler = new ScriptedHandler(async (request, n) =>
        {
            using var body = new MemoryStream();
            await request.Content!.CopyToAsync(body);
            bodies.Add(body.ToArray());
            declared.Add(request.Content.Headers.ContentLength);
            return n == 1 ? Wire.Status(HttpStatusCode.ServiceUnavailable) : Wire.Json(UploadedBody);
        });
        using var client = Clients.On(handler);
        using var audio = new MemoryStream([9, 9, 9, 1, 2, 3, 4]) { Position = 3 };

        RightOf(await client.PreRecorded().UploadAsync(audio, "a.wav"));

        Assert.Equal(2, bodies.Count);
        Assert.Equal(bodies[0], bodies[1]);
        Assert.Equal([bodies[0].LongLength, bodies[0].LongLength], declared);
        var text = System.Text.Encoding.Latin1.GetString(bodies[0]);
        Assert.Contains("\r\n\r\n\u0001\u0002\u0003\u0004\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_from_a_stream_that_cannot_rewind_is_sent_once()
    {
        var handler = new ScriptedHandler(async (request, _) =>
        {
            await request.Content!.ReadAsByteArrayAsync();
            return Wire.Status(HttpStatusCode.ServiceUnavailable);
        });
        using var client = Clients.On(handler);
        using var audio = new EndlessStream();
        using var limited = new LimitedStream(audio, 1000);

        var error = LeftOf<UploadedAudio, PreRecordedError.ServiceError>(await client.PreRecorded().UploadAsync(limited, "a.wav"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task An_upload_that_outlives_its_budget_is_an_upload_timeout()
    {
        var handler = new ScriptedHandler(async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Wire.Json(UploadedBody);
        });
        using var client = Clients.On(handler, o => o.UploadTimeout = TimeSpan.FromMilliseconds(100));
        using var audio = new MemoryStream([1, 2, 3, 4]);

        var error = LeftOf<UploadedAudio, PreRecordedError.Timeout>(await client.PreRecorded().UploadAsync(audio, "a.wav"));

        Assert.Equal("upload", error.Operation);
        Assert.Equal(TimeSpan.FromMilliseconds(100), error.After);
    }

    [Fact]
    public async Task Gets_are_still_retried_on_a_500()
    {
        var handler = new ScriptedHandler((_, n) => n == 1 ? Wire.Status(HttpStatusCode.InternalServerError) : Wire.Json(Wire.JobJson()));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(2, handler.Count);
    }

    private sealed class ProgressCallback(Action<UploadProgress> report) : IProgress<UploadProgress>
    {
        public void Report(UploadProgress value) => report(value);
    }

    // The first bytes of a stream, read forward only.
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var now = inner.Read(buffer, offset, (int)Math.Min(count, limit - read));
            read += now;
            return now;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
