extern alias MockServerApp;

using BenchmarkDotNet.Attributes;
using MockServerApp::PreRecordedFx.MockServer;
using PreRecordedFx.Benchmarks.MockServer;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// Pruning a 10,000-job store on the loopback mock (real Kestrel, real sockets): <c>DeleteAllAsync</c> against a
/// hand-written loop that lists every job and calls <c>DeleteAsync</c> on each finished one, with the same
/// concurrency. Each iteration starts from a fresh store, built outside the measurement.
/// </summary>
[MemoryDiagnoser]
[MinIterationCount(3)]
[MaxIterationCount(8)]
#pragma warning disable CA1001 // what it owns is released in [IterationCleanup], which BenchmarkDotNet calls
public class PruneBenchmarks
{
    private const int Jobs = 10_000;
    private const int Concurrency = 8;

    private static readonly JobQuery Everything = JobQuery.Default.WithLimit(100);

    private LoopbackMock mock = null!;
    private GladiaClient client = null!;

    [IterationSetup]
    public void Setup()
    {
        mock = new LoopbackMock(new MockServerOptions { Jobs = Jobs });
        client = new GladiaClient(new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.BaseUrl });
    }

    [IterationCleanup]
    public void Cleanup()
    {
        client.Dispose();
        mock.Dispose();
    }

    [Benchmark(Baseline = true, Description = "list envelopes, then DeleteAsync each finished job, 8 at a time")]
    public async Task<int> HandWritten()
    {
        var jobs = client.PreRecorded();
        var finished = new List<string>();
        await foreach (var item in jobs.ListAllEnvelopesAsync(Everything))
        {
            if (item.Case is JobEnvelope { Status.IsPending: false } job)
            {
                finished.Add(job.Id);
            }
        }

        var deleted = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Concurrency };
        await Parallel.ForEachAsync(finished, parallel, async (id, token) =>
        {
            if ((await jobs.DeleteAsync(id, token)).IsRight)
            {
                Interlocked.Increment(ref deleted);
            }
        });
        return Checked(deleted);
    }

    [Benchmark(Description = "PreRecordedJobs.DeleteAllAsync, 8 at a time")]
    public async Task<int> DeleteAll()
    {
        var deleted = 0;
        await foreach (var outcome in client.PreRecorded().DeleteAllAsync(Everything, new BulkDeleteOptions { MaxConcurrency = Concurrency }))
        {
            deleted += outcome is DeleteOutcome.Deleted ? 1 : 0;
        }

        return Checked(deleted);
    }

    // Both must delete every finished job (the store always has some pending ones, which stay).
    private static int Checked(int deleted) =>
        deleted is > Jobs / 2 and < Jobs ? deleted : throw new InvalidOperationException($"deleted {deleted} of {Jobs} jobs");
}
#pragma warning restore CA1001
