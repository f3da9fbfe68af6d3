using PreRecordedFx.MockServer.Creation;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// The mock's jobs of one kind (pre-recorded jobs or live sessions), newest first: the seeded ones (generated and
/// serialised once at start), plus any the admin API loads or clients create. Reads take no lock: every change
/// publishes a new immutable snapshot, and <see cref="Reset"/> publishes the seeded one again. Both kinds share this
/// class, so filters, paging, the delete rule and the lifecycle behave the same for each; <see cref="JobStores"/> holds the two.
/// </summary>
internal sealed class JobStore
{
    private readonly IReadOnlyList<JobPhase> seeded;
    private readonly JobLifecycle lifecycle;
    private readonly Lock writeLock = new();
    private Snapshot current;

    public JobStore(JobKind kind, IEnumerable<JobPhase> seeded, JobLifecycle lifecycle)
    {
        Kind = kind;
        Path = Requests.CollectionPath(kind);
        this.lifecycle = lifecycle;
        this.seeded =
        [
            .. seeded
                .OrderByDescending(phase => phase.Job.CreatedAt)
                .ThenBy(phase => phase.Job.Id, StringComparer.Ordinal),
        ];
        current = Seeded();
    }

    /// <summary>Which kind of job this store holds.</summary>
    public JobKind Kind { get; }

    /// <summary>The kind's collection path (<c>/v2/pre-recorded</c> or <c>/v2/live</c>), which page links point at.</summary>
    public string Path { get; }

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
            .. seeded.Select(phase => lifecycle.Enabled && phase.Job.Status.IsPending
                ? lifecycle.Track(phase.Job, start)
                : new StoredJob(phase)),
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
