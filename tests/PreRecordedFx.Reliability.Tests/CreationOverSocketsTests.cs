using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Http;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// Starting jobs over real sockets with the production transport: a file uploaded and transcribed by the mock on
/// Kestrel, and a creation never sent twice when the server resets, stalls, is not there, or refuses with a 503.
/// </summary>
public sealed class CreationOverSocketsTests
{
    private const string CreatedBody = """{"id":"job-1","result_url":"http://127.0.0.1/v2/pre-recorded/job-1"}""";

    private static readonly TranscriptionRequest Request = new TranscriptionRequest("https://files.example/a.wav").WithMetadata("case", "42");

    private static GladiaClient ClientOn(Uri baseUrl, TimeSpan? createTimeout = null) => new(new GladiaClientOptions
    {
        ApiKey = MockServerOptions.DefaultApiKey,
        BaseUrl = baseUrl,
        CreateTimeout = createTimeout ?? TimeSpan.FromSeconds(30),
        Retry = new RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) },
    });

    [Fact]
    public async Task A_file_goes_up_whole_and_its_job_finishes_over_sockets()
    {
        await using var mock = new LoopbackMock(new MockServerOptions { Jobs = 1, QueuedSeconds = 0, ProcessingSeconds = 0, MaxUploadBytes = 16_000_000 });
        var path = Path.Combine(Path.GetTempPath(), $"prerecordedfx-{Guid.NewGuid():N}.wav");
        await File.WriteAllBytesAsync(path, SampleAudio.Wav(300, channels: 1)); // 9.6 MB
        try
        {
            using var client = ClientOn(mock.BaseUrl);
            var job = (await client.PreRecorded().TranscribeFileAsync(path, wait: new WaitOptions { InitialDelay = TimeSpan.FromMilliseconds(10), Budget = TimeSpan.FromSeconds(30) }))
                .Match(Right: j => j, Left: e => throw new InvalidOperationException(e.Message));

            Assert.Equal(JobStatus.Done, job.Status);
            Assert.Equal(300, job.File.Bind(f => f.AudioDuration).IfNone(0), 3);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_reset_after_the_creation_was_read_is_unconfirmed_and_never_sent_again()
    {
        var seen = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref seen);
            await context.Request.Body.CopyToAsync(Stream.Null);
            context.Abort();
        });
        using var client = ClientOn(server.BaseUrl);

        var error = Left(await client.PreRecorded().CreateAsync(Request));

        var unconfirmed = Assert.IsType<PreRecordedError.CreationUnconfirmed>(error);
        Assert.Equal("""{"case":"42"}""", unconfirmed.CustomMetadata.IfNone(""));
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task A_server_that_never_answers_a_creation_makes_it_unconfirmed_when_the_budget_ends()
    {
        var seen = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref seen);
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        });
        using var client = ClientOn(server.BaseUrl, TimeSpan.FromMilliseconds(300));

        var error = Assert.IsType<PreRecordedError.CreationUnconfirmed>(Left(await client.PreRecorded().CreateAsync(Request)));

        Assert.StartsWith("Timeout: create", error.Reason, StringComparison.Ordinal);
        Assert.Equal(1, seen);
    }

    [Fact]
    public async Task A_503_is_sent_again_and_the_second_answer_is_kept()
    {
        var seen = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await context.Request.Body.CopyToAsync(Stream.Null);
            if (Interlocked.Increment(ref seen) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            context.Response.StatusCode = StatusCodes.Status201Created;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(CreatedBody);
        });
        using var client = ClientOn(server.BaseUrl);

        var created = await client.PreRecorded().CreateAsync(Request);

        Assert.Equal("job-1", created.Match(Right: j => j.Id, Left: e => e.Message));
        Assert.Equal(2, seen);
    }

    [Fact]
    public async Task Nobody_listening_is_a_transport_failure_not_an_unconfirmed_creation()
    {
        using var client = ClientOn(new Uri($"http://127.0.0.1:{FreePort()}"));

        var error = Left(await client.PreRecorded().CreateAsync(Request));

        Assert.IsType<PreRecordedError.TransportFailure>(error);
    }

    private static PreRecordedError Left<T>(LanguageExt.Either<PreRecordedError, T> result) =>
        result.Match(Right: value => throw new InvalidOperationException($"expected a Left, got {value}"), Left: e => e);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
