using System.Text.Json;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Creation;
using PreRecordedFx.MockServer.Seeding;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// The mock's jobs, newest first: the seeded ones (generated and serialised once at start), plus any the admin API
/// loads or clients create. Reads take no lock: every change publishes a new immutable snapshot, and
/// <see cref="Reset"/> publishes the seeded one again.
/// </summary>
internal sealed class JobStore
{
    private readonly IReadOnlyList<(Job Job, byte[] Json)> seeded;
    private readonly JobLifecycle lifecycle;
    private readonly Lock writeLock = new();
    private Snapshot current;

    public JobStore(IOptions<MockServerOptions> options, JobLifecycle lifecycle)
    {
        var settings = options.Value;
        this.lifecycle = lifecycle;
        seeded =
        [
            .. JobGenerator.Generate(settings.Seed, settings.Jobs, settings.ReferenceTime)
                .OrderByDescending(job => job.CreatedAt)
                .ThenBy(job => job.Id, StringComparer.Ordinal)
                .Select(job => (job, JsonSerializer.SerializeToUtf8Bytes(job, WireJson.Job))),
        ];
        current = Seeded();
    }

    /// <summary>Every job in the store, deleted ones included, newest first.</summary>
    public IReadOnlyList<StoredJob> NewestFirst => Volatile.Read(ref current).NewestFirst;

    /// <summary>The live job with this id, if any.</summary>
    public StoredJob? Find(string id) =>
        Volatile.Read(ref current).ById.TryGetValue(id, out var job) && !job.IsDeleted ? job : null;

    /// <summary>Back to the seeded jobs, none deleted, the lifecycle's clock starting again now.</summary>
    public void Reset()
    {
        lock (writeLock)
        {
            Volatile.Write(ref current, Seeded());
        }
    }

    /// <summary>Adds the job, or replaces the one with its id; <c>true</c> when it replaced one.</summary>
    public bool Put(StoredJob job)
    {
        lock (writeLock)
        {
            var replaced = Find(job.Id) is not null;
            var jobs = new List<StoredJob>(current.NewestFirst.Count + 1);
            jobs.AddRange(current.NewestFirst.Where(other => other.Id != job.Id));
            var at = jobs.FindIndex(other => IsNewer(job, other));
            jobs.Insert(at < 0 ? jobs.Count : at, job);
            Volatile.Write(ref current, new Snapshot(jobs));
            return replaced;
        }
    }

    /// <summary>Removes the job outright (unlike a delete, nothing is left behind); <c>true</c> when a live one was there.</summary>
    public bool Remove(string id)
    {
        lock (writeLock)
        {
            if (Find(id) is null)
            {
                return false;
            }

            Volatile.Write(ref current, new Snapshot([.. current.NewestFirst.Where(job => job.Id != id)]));
            return true;
        }
    }

    // The store's order: newest first, then by id, so that equal instants still sort the same way every time.
    private static bool IsNewer(StoredJob job, StoredJob other) =>
        job.CreatedAt > other.CreatedAt || (job.CreatedAt == other.CreatedAt && string.CompareOrdinal(job.Id, other.Id) < 0);

    private Snapshot Seeded()
    {
        var start = lifecycle.Clock.GetUtcNow();
        return new Snapshot(
        [
            .. seeded.Select(pair => lifecycle.Enabled && pair.Job.Status.IsPending
                ? lifecycle.Track(pair.Job, start)
                : new StoredJob(pair.Job, pair.Json)),
        ]);
    }

    private sealed class Snapshot
    {
        public Snapshot(IReadOnlyList<StoredJob> newestFirst)
        {
            NewestFirst = newestFirst;
            ById = newestFirst.ToDictionary(job => job.Id, StringComparer.Ordinal);
        }

        public IReadOnlyList<StoredJob> NewestFirst { get; }

        public Dictionary<string, StoredJob> ById { get; }
    }
}
