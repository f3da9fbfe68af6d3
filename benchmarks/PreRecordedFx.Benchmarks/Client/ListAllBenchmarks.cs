using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// Walking 10,000 jobs, 100 pages of 100, by their absolute <c>next</c> links: <c>ListAllAsync</c> against a
/// hand-written loop with <see cref="HttpClient"/> and plain DTOs, both over one in-memory handler.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
public class ListAllBenchmarks
{
    private const int PageSize = 100;
    private const int PageCount = 100;
    private const string FirstPage = "v2/pre-recorded?offset=0&limit=100";

    private static readonly JobQuery Query = JobQuery.Default.WithLimit(PageSize);

    private PagesHandler transport = null!;
    private GladiaClient client = null!;
    private PreRecordedJobs jobs = null!;
    private HttpClient http = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        transport = new PagesHandler(PageJson.Pages(BenchClients.BaseUrl, PageCount, PageSize), PageSize);
        client = BenchClients.Library(transport);
        jobs = client.PreRecorded();
        http = BenchClients.Raw(transport);
        var (ours, theirs) = (await ListAllAsync(), await HandWritten());
        if (ours != PageSize * PageCount || theirs != ours)
        {
            throw new InvalidOperationException($"both walks must see {PageSize * PageCount} jobs; ListAllAsync saw {ours}, the loop {theirs}");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        http.Dispose();
        transport.Dispose();
    }

    [Benchmark(Baseline = true, Description = "loop following next: HttpClient + STJ DTOs")]
    public async Task<int> HandWritten()
    {
        var count = 0;
        string? next = FirstPage;
        while (next is not null)
        {
            var page = await http.GetFromJsonAsync(next, PageDtoContext.Default.PageDto) ?? throw new InvalidOperationException("null page");
            foreach (var job in page.Items)
            {
                count += job.Status.Length > 0 ? 1 : 0;
            }

            next = page.Next;
        }

        return count;
    }

    [Benchmark(Description = "PreRecordedJobs.ListAllAsync")]
    public async Task<int> ListAllAsync()
    {
        var count = 0;
        await foreach (var item in jobs.ListAllAsync(Query))
        {
            count += item.IsRight ? 1 : 0;
        }

        return count;
    }
}
#pragma warning restore CA1001
