using PreRecordedFx.MockServer.Callbacks;
using PreRecordedFx.MockServer.Faults;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// The admin operations, shared by the <c>/__admin</c> endpoints and <see cref="MockServerFactory"/>'s methods:
/// reset, the request and callback journals, loading and removing jobs, and the faults in force.
/// </summary>
internal sealed class MockAdmin(
    JobStore store,
    RequestJournal journal,
    CallbackJournal callbacks,
    LiveFaults faults,
    CallIdMiddleware.Counter callIds,
    TimeProvider clock,
    IEnumerable<IResettable> resettables)
{
    /// <summary>Back to the state the mock started in: seeded jobs (deleted ones back), faults and counters as configured, empty journals, no deliveries pending.</summary>
    public void Reset()
    {
        store.Reset();
        faults.Reset();
        callIds.Reset();
        journal.Clear();
        callbacks.Clear();
        foreach (var resettable in resettables)
        {
            resettable.Reset();
        }
    }

    public IReadOnlyList<JournalEntry> Requests() => journal.Entries();

    public void ClearRequests() => journal.Clear();

    public IReadOnlyList<CallbackDelivery> Callbacks() => callbacks.Entries();

    public void ClearCallbacks() => callbacks.Clear();

    /// <summary>
    /// Loads a job from its wire JSON, checked by the core's parser; it is served byte for byte as given. The
    /// problems are the reasons it was refused (empty when it was stored); <paramref name="replaced"/> tells whether
    /// a job with that id was there before. With no <paramref name="id"/>, the job's own is used.
    /// </summary>
    public IReadOnlyList<string> PutJob(string? id, byte[] json, out bool replaced)
    {
        replaced = false;
        var parsed = Responses.ParseJob(new HttpExchange(StatusCodes.Status200OK, [], json, clock.GetUtcNow()));
        if (parsed.Case is PreRecordedError error)
        {
            // The parser's reason names the member and its JSON path; "malformed response" would only confuse here.
            return [error is PreRecordedError.MalformedResponse malformed ? malformed.Reason : error.Message];
        }

        var job = (Job)parsed.Case!;
        if (id is not null && job.Id != id)
        {
            return [$"The job's id ({job.Id}) must be the id in the path ({id})"];
        }

        replaced = store.Put(new StoredJob(job, json));
        return [];
    }

    /// <summary>Removes a job outright; <c>false</c> when there was no such live job.</summary>
    public bool RemoveJob(string id) => store.Remove(id);

    /// <summary>The faults in force, with the one-shot faults still armed and their remaining counts.</summary>
    public FaultSettings Faults() => faults.Settings with { OneShots = faults.PendingOneShots };

    /// <summary>Replaces the faults in force (and the armed one-shots); the problems are why not, empty when done.</summary>
    public IReadOnlyList<string> SetFaults(FaultSettings settings)
    {
        var problems = settings.Problems();
        if (problems.Count == 0)
        {
            faults.Replace(settings);
        }

        return problems;
    }

    /// <summary>Arms one more one-shot fault; the problems are why not, empty when armed.</summary>
    public IReadOnlyList<string> AddOneShotFault(OneShotFault fault)
    {
        var problems = fault.Problems();
        if (problems.Count == 0)
        {
            faults.Arm(fault);
        }

        return problems;
    }
}

/// <summary>State that <c>POST /__admin/reset</c> puts back as at start (uploads, the count of created jobs).</summary>
internal interface IResettable
{
    void Reset();
}
