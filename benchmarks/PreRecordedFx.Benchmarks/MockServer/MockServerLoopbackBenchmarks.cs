using System.Net;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace PreRecordedFx.Benchmarks.MockServer;

/// <summary>
/// The mock server over loopback Kestrel under 32 concurrent connections, against a bare Kestrel endpoint serving
/// the same pre-serialised bytes. One operation is one request; Requests/s is 1 s / Mean.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
[Config(typeof(RequestsPerSecondColumn.Config))]
public class MockServerLoopbackBenchmarks
{
    /// <summary>Requests fired per invocation, spread evenly over <see cref="Workers"/>.</summary>
    public const int RequestsPerInvoke = 1024;

    /// <summary>Concurrent workers, each on its own connection (the pool allows exactly this many).</summary>
    public const int Workers = 32;

    private LoopbackMock mock = null!;
    private BareKestrel bare = null!;
    private HttpClient mockClient = null!;
    private HttpClient bareClient = null!;
    private Uri mockTarget = null!;
    private Uri bareTarget = null!;

    /// <summary>Which GET: one done job, or the first page of 20.</summary>
    [Params("job", "page of 20")]
    public string Request { get; set; } = "job";

    [GlobalSetup]
    public async Task Setup()
    {
        mock = new LoopbackMock();
        mockClient = Client(mock.BaseUrl);

        // The bare server serves exactly the mock's bytes: fetch them once.
        const string pagePath = "v2/pre-recorded?limit=20";
        var (page, contentType) = await FetchAsync(mockClient, pagePath);
        var (done, _) = await FetchAsync(mockClient, "v2/pre-recorded?limit=1&status=done");
        var jobId = FirstDoneJob(done);
        var jobPath = "v2/pre-recorded/" + jobId;
        var (job, _) = await FetchAsync(mockClient, jobPath);

        bare = await BareKestrel.StartAsync(job, page, contentType);
        bareClient = Client(bare.BaseUrl);
        var path = Request == "job" ? jobPath : pagePath;
        mockTarget = new Uri(mock.BaseUrl, path);
        bareTarget = new Uri(bare.BaseUrl, path);

        var (fromBare, _) = await FetchAsync(bareClient, path);
        var (fromMock, _) = await FetchAsync(mockClient, path);
        if (!fromBare.AsSpan().SequenceEqual(fromMock))
        {
            throw new InvalidOperationException("the bare server must serve the mock's bytes");
        }
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        mockClient.Dispose();
        bareClient.Dispose();
        await bare.DisposeAsync();
        await mock.DisposeAsync();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = RequestsPerInvoke, Description = "bare Kestrel, same bytes")]
    public Task Bare() => FireAsync(bareClient, bareTarget);

    [Benchmark(OperationsPerInvoke = RequestsPerInvoke, Description = "mock server")]
    public Task Mock() => FireAsync(mockClient, mockTarget);

    private static Task FireAsync(HttpClient client, Uri target)
    {
        var workers = new Task[Workers];
        for (var i = 0; i < Workers; i++)
        {
            workers[i] = Task.Run(() => WorkAsync(client, target, RequestsPerInvoke / Workers));
        }

        return Task.WhenAll(workers);
    }

    private static async Task WorkAsync(HttpClient client, Uri target, int requests)
    {
        for (var i = 0; i < requests; i++)
        {
            using var response = await client.GetAsync(target, HttpCompletionOption.ResponseHeadersRead);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{target} answered {(int)response.StatusCode}");
            }

            await response.Content.CopyToAsync(Stream.Null);
        }
    }

    private static HttpClient Client(Uri baseUrl)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Workers, AllowAutoRedirect = false, UseProxy = false };
        var client = new HttpClient(handler) { BaseAddress = baseUrl };
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-gladia-key", "gladia-mock-key");
        return client;
    }

    private static async Task<(byte[] Body, string ContentType)> FetchAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var contentType = response.Content.Headers.ContentType?.ToString() ?? throw new InvalidOperationException("no content type");
        return (await response.Content.ReadAsByteArrayAsync(), contentType);
    }

    private static string FirstDoneJob(byte[] page)
    {
        using var document = JsonDocument.Parse(page);
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            if (item.GetProperty("status").GetString() == "done")
            {
                return item.GetProperty("id").GetString()!;
            }
        }

        throw new InvalidOperationException("the mock has no done job");
    }
}
#pragma warning restore CA1001
