extern alias MockServerApp;

using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using MockServerApp::PreRecordedFx.MockServer;
using PreRecordedFx.Benchmarks.Fixtures;
using PreRecordedFx.Benchmarks.MockServer;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// Walking every done job of a 3,000-job store on the loopback mock (real Kestrel and sockets, pages of 100):
/// <c>ListAllEnvelopesAsync</c> and <c>ListAllAsync</c> against a hand-written loop that follows <c>next</c> with
/// <see cref="HttpClient"/> into a six-field DTO (<c>Fixtures/EnvelopeDtos.cs</c>).
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
public class EnvelopeWalkBenchmarks
{
    private static readonly JobQuery Done = JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(100);

    private LoopbackMock mock = null!;
    private GladiaClient client = null!;
    private HttpClient http = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        mock = new LoopbackMock(new MockServerOptions { Jobs = 3_000 });
        client = new GladiaClient(new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.BaseUrl });
        http = new HttpClient { BaseAddress = mock.BaseUrl };
        http.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
        var (envelopes, whole, hand) = (await Envelopes(), await WholeJobs(), await HandWritten());
        if (envelopes < 1_000 || whole != envelopes || hand != envelopes)
        {
            throw new InvalidOperationException($"every walk must see the same done jobs: envelopes {envelopes}, whole {whole}, hand-written {hand}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        http.Dispose();
        mock.Dispose();
    }

    [Benchmark(Baseline = true, Description = "loop following next: HttpClient + six-field STJ DTO")]
    public async Task<int> HandWritten()
    {
        var count = 0;
        string? next = "v2/pre-recorded?status=done&limit=100";
        while (next is not null)
        {
            var page = await http.GetFromJsonAsync(next, EnvelopeDtoContext.Default.EnvelopePageDto) ?? throw new InvalidOperationException("null page");
            count += page.Items.Count(job => job.Id.Length > 0);
            next = page.Next;
        }

        return count;
    }

    [Benchmark(Description = "PreRecordedJobs.ListAllEnvelopesAsync")]
    public async Task<int> Envelopes()
    {
        var count = 0;
        await foreach (var item in client.PreRecorded().ListAllEnvelopesAsync(Done))
        {
            count += item.IsRight ? 1 : 0;
        }

        return count;
    }

    [Benchmark(Description = "PreRecordedJobs.ListAllAsync (whole jobs)")]
    public async Task<int> WholeJobs()
    {
        var count = 0;
        await foreach (var item in client.PreRecorded().ListAllAsync(Done))
        {
            count += item.IsRight ? 1 : 0;
        }

        return count;
    }
}
#pragma warning restore CA1001
