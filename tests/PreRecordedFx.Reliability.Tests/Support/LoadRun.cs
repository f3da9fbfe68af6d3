using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>A response showed job number <see cref="Job"/> (its index in the first full listing) to a request started at <see cref="Started"/>.</summary>
/// <remarks>A small struct: thousands are kept, and the heap is measured while they are.</remarks>
public readonly record struct Sighting(int Job, long Started);

/// <summary>What the load run saw.</summary>
public sealed record LoadReport(
    int Requests,
    IReadOnlyDictionary<int, int> Statuses,
    int WalksWithoutDeletes,
    IReadOnlyList<string> WalksWithoutDeletesThatDiffered,
    int PendingWalksDuringDeletes,
    IReadOnlyList<string> PendingWalksThatDiffered,
    IReadOnlyList<string> AllIds,
    IReadOnlyList<string> PendingIds,
    IReadOnlyDictionary<string, long> DeletedAt,
    IReadOnlyList<Sighting> Sightings,
    IReadOnlyList<string> FinalIds,
    IReadOnlyList<string> DeletedStillAnswering,
    long HeapAfterWarmUp,
    long HeapAtEnd,
    TimeSpan Elapsed,
    bool Capped);

/// <summary>
/// A bounded load on the mock over loopback: <see cref="Clients"/> clients, each with its own connection pool, make a fixed
/// number of requests in two phases — reads only (list, get, a 44-byte file range, full page walks), then reads mixed
/// with deletes of finished jobs (walks then filter to queued and processing jobs, which cannot be deleted). A time cap
/// stops it whatever happens. Each client's choices follow the seed.
/// </summary>
public sealed class LoadRun(LoopbackMock mock, int seed)
{
    public const int Clients = 64;
    public const int RequestsPerClientPerPhase = 30;

    private const string Jobs = "v2/pre-recorded";
    private const string PendingFilter = "status=queued&status=processing";

    private readonly ConcurrentDictionary<int, int> statuses = new();
    private readonly ConcurrentQueue<string> walksThatDiffered = new();
    private readonly ConcurrentQueue<string> pendingWalksThatDiffered = new();
    private readonly ConcurrentQueue<Sighting> sightings = new();
    private readonly ConcurrentDictionary<string, long> deletedAt = new(StringComparer.Ordinal);
    private Dictionary<string, int> index = new(StringComparer.Ordinal);
    private int requests;
    private int walks;
    private int pendingWalks;

    public async Task<LoadReport> RunAsync(TimeSpan cap)
    {
        var clock = Stopwatch.StartNew();
        List<string> all;
        List<string> pending;
        List<string> finished;
        using (var warm = mock.Client())
        {
            all = await WalkAsync(warm, string.Empty, 50, CancellationToken.None);
            pending = await WalkAsync(warm, PendingFilter, 50, CancellationToken.None);
            finished = [.. all.Except(pending, StringComparer.Ordinal)];
        }

        index = all.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        using var stop = new CancellationTokenSource(cap);
        var capped = false;
        var clients = Enumerable.Range(0, Clients).Select(_ => mock.Client()).ToList();
        long heapAfterWarmUp = 0;
        long heapAtEnd = 0;
        try
        {
            // Warm-up: a short round, then the whole read-only phase at full concurrency, so pools and caches (Kestrel's
            // pinned blocks, the shared array pool's per-thread arrays) reach their working size first: measured after
            // the short round alone, the heap varied too much from run to run to compare (docs/guarantees.md).
            await Task.WhenAll(clients.Select((client, i) => ReadOnlyPhaseAsync(client, new Random(HashCode.Combine(seed, i, 1)), all, RequestsPerClientPerPhase / 3, stop.Token)));
            await Task.WhenAll(clients.Select((client, i) => ReadOnlyPhaseAsync(client, new Random(HashCode.Combine(seed, i)), all, RequestsPerClientPerPhase, stop.Token)));
            heapAfterWarmUp = Heap();
            await Task.WhenAll(clients.Select((client, i) => DeletingPhaseAsync(client, new Random(HashCode.Combine(seed, i, 2)), all, pending, finished, stop.Token)));
            heapAtEnd = Heap();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            capped = true;
        }
        finally
        {
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }

        List<string> final;
        var stillAnswering = new List<string>();
        using (var check = mock.Client())
        {
            final = await WalkAsync(check, string.Empty, 50, CancellationToken.None);
            foreach (var id in deletedAt.Keys)
            {
                foreach (var (method, path) in new[] { (HttpMethod.Get, $"{Jobs}/{id}"), (HttpMethod.Get, $"{Jobs}/{id}/file"), (HttpMethod.Delete, $"{Jobs}/{id}") })
                {
                    if (await SendAsync(check, method, path, CancellationToken.None) != HttpStatusCode.NotFound)
                    {
                        stillAnswering.Add($"{method} {path}");
                    }
                }
            }
        }

        return new LoadReport(
            requests,
            new Dictionary<int, int>(statuses),
            walks,
            [.. walksThatDiffered],
            pendingWalks,
            [.. pendingWalksThatDiffered],
            all,
            pending,
            new Dictionary<string, long>(deletedAt, StringComparer.Ordinal),
            [.. sightings],
            final,
            stillAnswering,
            heapAfterWarmUp,
            heapAtEnd,
            clock.Elapsed,
            capped);
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private async Task ReadOnlyPhaseAsync(HttpClient client, Random random, List<string> all, int count, CancellationToken cancel)
    {
        for (var i = 0; i < count; i++)
        {
            var id = all[random.Next(all.Count)];
            switch (random.Next(10))
            {
                case 0:
                    var limit = random.Next(5, 40);
                    var ids = await WalkAsync(client, string.Empty, limit, cancel);
                    Interlocked.Increment(ref walks);
                    if (!ids.SequenceEqual(all, StringComparer.Ordinal))
                    {
                        walksThatDiffered.Enqueue($"limit {limit}: {ids.Count} ids, {ids.Distinct(StringComparer.Ordinal).Count()} distinct");
                    }

                    break;
                case < 4:
                    await ListAsync(client, $"{Jobs}?offset={random.Next(all.Count)}&limit={random.Next(1, 10)}", cancel);
                    break;
                case < 7:
                    await SendAsync(client, HttpMethod.Get, $"{Jobs}/{id}", cancel);
                    break;
                default:
                    await SendAsync(client, HttpMethod.Get, $"{Jobs}/{id}/file", cancel, range: true);
                    break;
            }
        }
    }

    private async Task DeletingPhaseAsync(HttpClient client, Random random, List<string> all, List<string> pending, List<string> finished, CancellationToken cancel)
    {
        for (var i = 0; i < RequestsPerClientPerPhase; i++)
        {
            var id = all[random.Next(all.Count)];
            switch (random.Next(10))
            {
                case 0:
                    var limit = random.Next(1, 4);
                    var ids = await WalkAsync(client, PendingFilter, limit, cancel);
                    Interlocked.Increment(ref pendingWalks);
                    if (!ids.SequenceEqual(pending, StringComparer.Ordinal))
                    {
                        pendingWalksThatDiffered.Enqueue($"limit {limit}: {ids.Count} ids, {ids.Distinct(StringComparer.Ordinal).Count()} distinct");
                    }

                    break;
                case < 4:
                    var victim = finished[random.Next(finished.Count)];
                    if (await SendAsync(client, HttpMethod.Delete, $"{Jobs}/{victim}", cancel) == HttpStatusCode.Accepted)
                    {
                        deletedAt.TryAdd(victim, Stopwatch.GetTimestamp());
                    }

                    break;
                case < 6:
                    await ListAsync(client, $"{Jobs}?offset={random.Next(all.Count)}&limit={random.Next(1, 10)}", cancel);
                    break;
                case < 8:
                    await SendAsync(client, HttpMethod.Get, $"{Jobs}/{id}", cancel);
                    break;
                default:
                    await SendAsync(client, HttpMethod.Get, $"{Jobs}/{id}/file", cancel, range: true);
                    break;
            }
        }
    }

    /// <summary>Follows <c>next</c> from offset 0 to the end (at most 1,000 pages), returning every id in order.</summary>
    private async Task<List<string>> WalkAsync(HttpClient client, string filter, int limit, CancellationToken cancel)
    {
        var ids = new List<string>();
        string? url = $"{Jobs}?offset=0&limit={limit.ToString(CultureInfo.InvariantCulture)}" + (filter.Length > 0 ? "&" + filter : string.Empty);
        for (var pages = 0; url is not null && pages < 1000; pages++)
        {
            (var items, url) = await ListAsync(client, url, cancel);
            ids.AddRange(items);
        }

        return ids;
    }

    private async Task<(List<string> Ids, string? Next)> ListAsync(HttpClient client, string url, CancellationToken cancel)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url, cancel);
        Count(response.StatusCode);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return ([], null);
        }

        using var page = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancel));
        var ids = page.RootElement.GetProperty("items").EnumerateArray().Select(job => job.GetProperty("id").GetString()!).ToList();
        foreach (var id in ids)
        {
            Saw(id, started);
        }

        return (ids, page.RootElement.GetProperty("next").GetString());
    }

    private async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string path, CancellationToken cancel, bool range = false)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(method, path);
        if (range)
        {
            request.Headers.Range = new RangeHeaderValue(0, 43);
        }

        using var response = await client.SendAsync(request, cancel);
        await response.Content.ReadAsByteArrayAsync(cancel);
        Count(response.StatusCode);
        if (method == HttpMethod.Get && response.IsSuccessStatusCode)
        {
            Saw(path.Split('/')[2], started);
        }

        return response.StatusCode;
    }

    private void Saw(string id, long started)
    {
        if (index.TryGetValue(id, out var job))
        {
            sightings.Enqueue(new Sighting(job, started));
        }
    }

    private void Count(HttpStatusCode status)
    {
        Interlocked.Increment(ref requests);
        statuses.AddOrUpdate((int)status, 1, (_, n) => n + 1);
    }
}
