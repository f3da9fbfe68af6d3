using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;
using LanguageExt;
using PreRecordedFx.Benchmarks.Fixtures;
using PreRecordedFx.Benchmarks.Parsing;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// <c>GetAsync</c> end to end (Refit, handlers, budget, buffered read, <c>Responses.ParseJob</c>) against a raw
/// <see cref="HttpClient"/> deserialising the same ~5 KB done job into plain DTOs, both over one in-memory handler.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
public class GetAsyncBenchmarks
{
    private const string JobId = "45463597-20b7-4af7-b3b3-f5fb778203ab";
    private const string JobPath = "v2/pre-recorded/" + JobId;

    private FixedBytesHandler transport = null!;
    private GladiaClient client = null!;
    private PreRecordedJobs jobs = null!;
    private HttpClient http = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        var json = JobJson.DoneJob(utterances: 4, wordsPerUtterance: 12);
        transport = new FixedBytesHandler(json, "application/json; charset=utf-8");
        client = BenchClients.Library(transport);
        jobs = client.PreRecorded();
        http = BenchClients.Raw(transport);
        if ((await GetAsync()).IsLeft || await Raw() is null || transport.Requests != 2)
        {
            throw new InvalidOperationException("both clients must read the job through the handler");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        http.Dispose();
        transport.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient.GetFromJsonAsync + STJ source-gen DTOs")]
    public Task<JobDto?> Raw() => http.GetFromJsonAsync(JobPath, PlainDtoContext.Default.JobDto);

    [Benchmark(Description = "PreRecordedJobs.GetAsync")]
    public Task<Either<PreRecordedError, Job>> GetAsync() => jobs.GetAsync(JobId);
}
#pragma warning restore CA1001
