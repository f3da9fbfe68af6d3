using System.Net;
using LanguageExt;
using Polly;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>Boundaries and guards found by mutation testing.</summary>
public class EdgeCaseTests
{
    private static ScriptedHandler Jobs() => new((request, _) => Wire.Json(Wire.JobJson()));

    [Fact]
    public async Task Null_and_blank_arguments_throw_at_once()
    {
        using var client = Clients.On(Jobs());
        var jobs = client.PreRecorded();

        await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.ListAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.NextPageAsync((JobPage)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.DownloadFileAsync("job-1", null!));
        await Assert.ThrowsAsync<ArgumentException>(() => jobs.DownloadFileToPathAsync("job-1", " "));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ((Task<Either<PreRecordedError, Job>>)null!).OrThrow());
        await Assert.ThrowsAsync<ArgumentNullException>(() => ((Task<Either<PreRecordedError, Job>>)null!).Select(j => j.Id));
        await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.GetAsync("job-1").Select<Job, string>(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.GetAsync("job-1").SelectMany<Job, Job, Job>(null!, (a, b) => a));
        await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.GetAsync("job-1").SelectMany<Job, Job, Job>(j => jobs.GetAsync(j.Id), null!));
        Assert.Throws<ArgumentNullException>(() => new GladiaClient(Clients.Options(), (HttpMessageHandler)null!));
    }

    [Fact]
    public async Task Select_maps_a_pending_Right()
    {
        using var client = Clients.On(Jobs());

        var id = await (from job in client.PreRecorded().GetAsync("job-1") select job.Id);

        Assert.Equal(PreRecordedModelFactory.DefaultJobId, RightOf(id));
    }

    [Fact]
    public async Task A_body_of_exactly_MaxResponseBytes_is_accepted_declared_or_chunked()
    {
        var body = System.Text.Encoding.UTF8.GetBytes(Wire.JobJson());
        using var declared = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(new MemoryStream(body), "application/json", body.Length)), o => o.MaxResponseBytes = body.Length);
        using var chunked = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(new MemoryStream(body), "application/json")), o => o.MaxResponseBytes = body.Length);
        using var tooSmall = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(new MemoryStream(body), "application/json")), o => o.MaxResponseBytes = body.Length - 1);

        RightOf(await declared.PreRecorded().GetAsync("job-1"));
        RightOf(await chunked.PreRecorded().GetAsync("job-1"));
        LeftOf<Job, PreRecordedError.MalformedResponse>(await tooSmall.PreRecorded().GetAsync("job-1"));
    }

    [Fact]
    public async Task A_retry_after_of_exactly_MaxDelay_is_waited_for()
    {
        var handler = new ScriptedHandler((request, n) => n == 1 ? Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter("1") : Wire.Json(Wire.JobJson()));
        using var client = Clients.On(handler, o => o.Retry.MaxDelay = TimeSpan.FromSeconds(1));

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(2, handler.Count);
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("DELETE", true)]
    [InlineData("HEAD", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("POST", false)]
    [InlineData("PUT", false)]
    public void Only_idempotent_methods_are_retried(string method, bool retried)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://api.test/v2/pre-recorded");
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };
        var context = ResilienceContextPool.Shared.Get();
        context.SetRequestMessage(request);

        var decision = RetryPolicy.ShouldRetry(Outcome.FromResult(response), context, TimeSpan.FromSeconds(1), TimeProvider.System);

        Assert.Equal(retried, decision);
        ResilienceContextPool.Shared.Return(context);
    }

    [Theory]
    [InlineData(407, false)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(499, false)]
    [InlineData(500, true)]
    [InlineData(599, true)]
    [InlineData(600, false)]
    public void Transient_statuses_are_408_429_and_5xx(int status, bool transient) =>
        Assert.Equal(transient, RetryPolicy.IsTransient(status));

    [Fact]
    public async Task A_transport_failure_names_its_inner_cause()
    {
        using var client = Clients.On(
            new ScriptedHandler(HttpResponseMessage (HttpRequestMessage request, int n) => throw new HttpRequestException("An error occurred", new IOException("connection reset"))),
            o => o.Retry.MaxRetries = 0);

        var error = LeftOf<Job, PreRecordedError.TransportFailure>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal("An error occurred (connection reset)", error.Reason);
    }

    [Fact]
    public async Task A_successful_download_replaces_an_existing_file_and_a_failed_one_keeps_it()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        var path = Path.Combine(folder, "a.wav");
        await File.WriteAllBytesAsync(path, [9, 9]);
        using var failing = Clients.On(new ScriptedHandler((request, _) => Wire.Status(HttpStatusCode.NotFound)));
        using var working = Clients.On(new ScriptedHandler((request, _) => Wire.Audio([1, 2, 3])));

        LeftOf(await failing.PreRecorded().DownloadFileToPathAsync("job-1", path));
        Assert.Equal(new byte[] { 9, 9 }, await File.ReadAllBytesAsync(path));

        Assert.Equal(3L, RightOf(await working.PreRecorded().DownloadFileToPathAsync("job-1", path)));
        Assert.Equal(new byte[] { 1, 2, 3 }, await File.ReadAllBytesAsync(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_download_to_a_missing_folder_is_an_InvalidArgument_for_path()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Audio([1])));

        var error = LeftOf<long, PreRecordedError.InvalidArgument>(
            await client.PreRecorded().DownloadFileToPathAsync("job-1", Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid(), "a.wav")));

        Assert.Equal("path", error.Parameter);
    }

    [Fact]
    public async Task The_temporary_file_is_a_hidden_part_file_beside_the_target()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        var body = new StallingStream(10);
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(body, "audio/wav", length: 100)));
        using var cancellation = new CancellationTokenSource();
        var download = client.PreRecorded().DownloadFileToPathAsync("job-1", Path.Combine(folder, "a.wav"), cancellationToken: cancellation.Token);

        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var temp = Path.GetFileName(Assert.Single(Directory.GetFiles(folder)));
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download);

        Assert.StartsWith(".a.wav.", temp, StringComparison.Ordinal);
        Assert.EndsWith(".part", temp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_download_into_a_buffered_stream_is_flushed()
    {
        var inner = new MemoryStream();
        await using var buffered = new BufferedStream(inner, 4096);
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Audio([1, 2, 3])));

        RightOf(await client.PreRecorded().DownloadFileAsync("job-1", buffered));

        Assert.Equal(new byte[] { 1, 2, 3 }, inner.ToArray());
    }

    [Fact]
    public void A_mock_subclass_is_safe_to_print_and_says_it_has_no_connection()
    {
        var jobs = new FakeJobs();
        var client = new FakeClient();

        Assert.Equal("PreRecordedJobs", jobs.ToString());
        Assert.StartsWith("This GladiaClient was made by the parameterless constructor", Assert.Throws<InvalidOperationException>(() => client.PreRecorded()).Message, StringComparison.Ordinal);
        Assert.EndsWith("override Live().", Assert.Throws<InvalidOperationException>(() => client.Live()).Message, StringComparison.Ordinal);
        Assert.Equal(("LiveSessions", JobKind.Live, JobKind.PreRecorded), (new FakeLive().ToString(), new FakeLive().Kind, jobs.Kind));
        client.Dispose();
    }

    private sealed class FakeJobs : PreRecordedJobs
    {
    }

    private sealed class FakeLive : LiveSessions
    {
    }

    private sealed class FakeClient : GladiaClient
    {
    }
}
