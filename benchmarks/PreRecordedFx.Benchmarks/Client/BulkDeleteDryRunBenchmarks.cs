using System.Globalization;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// A bulk delete dry run over 100,000 jobs (1,000 in-memory pages of 100 small done jobs): <c>DeleteAllAsync</c>
/// with <c>DryRun</c>, keeping every outcome as a report does, against a hand-written loop that keeps only the ids.
/// Time and allocation come from BenchmarkDotNet; what each keeps once the walk is over (its managed memory after a
/// full collection, per job) is printed by <see cref="Cleanup"/> as "retained: … bytes per job".
/// </summary>
[MemoryDiagnoser]
[MinIterationCount(3)]
[MaxIterationCount(8)]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
public class BulkDeleteDryRunBenchmarks
{
    private const int PageSize = 100;
    private const int PageCount = 1_000;
    private const string FirstPage = "v2/pre-recorded?offset=0&limit=100";

    private static readonly JobQuery Query = JobQuery.Default.WithLimit(PageSize);

    private PagesHandler transport = null!;
    private GladiaClient client = null!;
    private HttpClient http = null!;
    private object? kept;
    private long before;
    private double retainedPerJob;

    [GlobalSetup]
    public async Task Setup()
    {
        transport = new PagesHandler(PageJson.Pages(BenchClients.BaseUrl, PageCount, PageSize), PageSize);
        client = BenchClients.Library(transport);
        http = BenchClients.Raw(transport);
        var (ours, theirs) = (await DryRun(), await HandWritten());
        if (ours != PageSize * PageCount || theirs != ours)
        {
            throw new InvalidOperationException($"both must see {PageSize * PageCount} jobs; DeleteAllAsync {ours}, the loop {theirs}");
        }
    }

    [IterationSetup]
    public void Measure() => before = GC.GetTotalMemory(forceFullCollection: true);

    [IterationCleanup]
    public void Release()
    {
        var holding = GC.GetTotalMemory(forceFullCollection: true);
        retainedPerJob = (double)(holding - before) / (PageSize * PageCount);
        kept = null;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// retained: {retainedPerJob:0} bytes per job"));
        client.Dispose();
        http.Dispose();
        transport.Dispose();
    }

    [Benchmark(Baseline = true, Description = "loop following next: HttpClient + six-field DTO, keeping the ids")]
    public async Task<int> HandWritten()
    {
        var ids = new List<string>();
        string? next = FirstPage;
        while (next is not null)
        {
            var page = await http.GetFromJsonAsync(next, EnvelopeDtoContext.Default.EnvelopePageDto) ?? throw new InvalidOperationException("null page");
            ids.AddRange(page.Items.Where(job => job.Status is "done" or "error").Select(job => job.Id));
            next = page.Next;
        }

        kept = ids;
        return ids.Count;
    }

    [Benchmark(Description = "PreRecordedJobs.DeleteAllAsync, DryRun, keeping every outcome")]
    public async Task<int> DryRun()
    {
        var outcomes = new List<DeleteOutcome>();
        await foreach (var outcome in client.PreRecorded().DeleteAllAsync(Query, new BulkDeleteOptions { DryRun = true }))
        {
            outcomes.Add(outcome);
        }

        kept = outcomes;
        return outcomes.Count(o => o is DeleteOutcome.WouldDelete);
    }
}
#pragma warning restore CA1001
