using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>The tags a tracing user sees on each operation's span, and the fields of the request log.</summary>
public sealed class ActivityAndLogTests : IDisposable
{
    private readonly ConcurrentQueue<Activity> stopped = new();
    private readonly ActivityListener listener;

    public ActivityAndLogTests()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PreRecordedFxDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    public void Dispose() => listener.Dispose();

    private Activity SpanFor(string path) =>
        Assert.Single(stopped, a => Equals(a.GetTagItem("url.path"), path));

    [Fact]
    public async Task A_successful_get_is_tagged_with_operation_method_and_path()
    {
        var id = "span-get-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson())));

        RightOf(await client.PreRecorded().GetAsync(id));

        var span = SpanFor("/v2/pre-recorded/" + id);
        Assert.Equal("PreRecordedFx.get", span.OperationName);
        Assert.Equal("get", span.GetTagItem("gladia.operation"));
        Assert.Equal("GET", span.GetTagItem("http.request.method"));
        Assert.Equal(ActivityStatusCode.Ok, span.Status);
        Assert.Null(span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task A_failed_delete_is_tagged_with_the_method_and_the_errors_type_and_code()
    {
        var id = "span-del-" + Guid.NewGuid().ToString("N")[..8];
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Status(HttpStatusCode.NotFound)));

        var error = LeftOf(await client.PreRecorded().DeleteAsync(id));

        var span = SpanFor("/v2/pre-recorded/" + id);
        Assert.Equal("delete", span.GetTagItem("gladia.operation"));
        Assert.Equal("DELETE", span.GetTagItem("http.request.method"));
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(error.Message, span.StatusDescription);
        Assert.Equal("NotFound", span.GetTagItem("error.type"));
        Assert.Equal(404, span.GetTagItem("gladia.error.code"));
    }

    [Fact]
    public async Task A_cancelled_get_is_marked_as_cancelled_by_the_caller()
    {
        var id = "span-cxl-" + Guid.NewGuid().ToString("N")[..8];
        using var cancellation = new CancellationTokenSource();
        using var client = Clients.On(new ScriptedHandler(async (request, _, token) =>
        {
            await cancellation.CancelAsync();
            token.ThrowIfCancellationRequested();
            return Wire.Json(Wire.JobJson());
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PreRecorded().GetAsync(id, cancellation.Token));

        var span = SpanFor("/v2/pre-recorded/" + id);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("cancelled by the caller", span.StatusDescription);
        Assert.Equal(nameof(OperationCanceledException), span.GetTagItem("error.type"));
    }

    [Theory]
    [InlineData(null, "(none)")]
    [InlineData("/v2/pre-recorded", "(none)")]
    [InlineData("https://api.test/v2/pre-recorded?offset=0", "/v2/pre-recorded?offset=0")]
    [InlineData("https://storage.other/blob?signature=x", "https://storage.other/blob")]
    public void A_logged_target_is_the_path_on_the_api_and_drops_a_foreign_query(string? uri, string expected) =>
        Assert.Equal(expected, RequestLoggingHandler.Target(uri is null ? null : new Uri(uri, UriKind.RelativeOrAbsolute), Wire.Api));

    [Fact]
    public void A_redirect_hop_on_the_api_origin_is_logged_by_its_path_without_its_signed_query() =>
        Assert.Equal(
            "/storage/job-1.wav",
            RequestLoggingHandler.Target(new Uri("https://api.test/storage/job-1.wav?X-Amz-Signature=s3cr3t"), Wire.Api, hop: true));

    [Fact]
    public async Task A_same_origin_storage_hop_is_logged_without_its_signed_query()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        using var client = Clients.Logged(
            new ScriptedHandler((request, n) => n == 1
                ? Wire.Redirect("https://api.test/storage/job-1.wav?X-Amz-Expires=300&X-Amz-Signature=s3cr3t")
                : Wire.Audio([1, 2, 3])),
            loggerFactory);

        RightOf(await client.PreRecorded().GetFileAsync("job-1"));

        var lines = collector.GetSnapshot().Select(record => record.Message).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("GET /storage/job-1.wav", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("X-Amz", string.Join("\n", lines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transport_failure_is_logged_as_a_warning_with_its_type_and_error_kind()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        using var client = Clients.Logged(
            new ScriptedHandler(HttpResponseMessage (HttpRequestMessage request, int n) => throw new HttpRequestException(HttpRequestError.ConnectionError, "refused")),
            loggerFactory,
            o => o.Retry.MaxRetries = 0);

        LeftOf<Job, PreRecordedError.TransportFailure>(await client.PreRecorded().GetAsync("job-1"));

        var record = Assert.Single(collector.GetSnapshot());
        Assert.Equal(LogLevel.Warning, record.Level);
        Assert.Contains("GET /v2/pre-recorded/job-1", record.Message, StringComparison.Ordinal);
        Assert.Contains("HttpRequestException (ConnectionError)", record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("refused", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_logged_when_information_is_off()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Error));
        using var client = Clients.Logged(new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson())), loggerFactory);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Empty(collector.GetSnapshot());
    }

    [Fact]
    public async Task A_client_made_without_dependency_injection_logs_through_the_given_factory_over_real_sockets()
    {
        // A port nobody listens on: the connection is refused at once, and the failure is logged.
        using var unused = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        unused.Start();
        var port = ((IPEndPoint)unused.LocalEndpoint).Port;
        unused.Stop();
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        using var client = new GladiaClient(Clients.Options(o => { o.BaseUrl = new Uri($"http://127.0.0.1:{port}"); o.Retry.MaxRetries = 0; }), loggerFactory);

        LeftOf<Job, PreRecordedError.TransportFailure>(await client.PreRecorded().GetAsync("job-1"));

        var record = Assert.Single(collector.GetSnapshot());
        Assert.Equal(PreRecordedFxDiagnostics.LoggerCategory, record.Category);
        Assert.Contains("GET /v2/pre-recorded/job-1", record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_logging_constructors_refuse_a_missing_factory_or_handler()
    {
        Assert.Throws<ArgumentNullException>(() => new GladiaClient(Clients.Options(), (ILoggerFactory)null!));
        Assert.Throws<ArgumentNullException>(() => new GladiaClient(Clients.Options(), new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson())), null!));
        Assert.Throws<ArgumentNullException>(() => new GladiaClient(Clients.Options(), null!, Clients.NoLogs));
    }
}
