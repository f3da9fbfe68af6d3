using PreRecordedFx.MockServer.Callbacks;
using PreRecordedFx.MockServer.Faults;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// The admin operations, shared by the <c>/__admin</c> endpoints and <see cref="MockServerFactory"/>'s methods:
/// reset, the request and callback journals, loading and removing jobs and live sessions, and the faults in force.
/// </summary>
internal sealed class MockAdmin(
    JobStores stores,
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
        stores.Reset();
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
    /// Loads a job of the given kind from its wire JSON (a <c>PreRecordedResponse</c> or a <c>StreamingResponse</c>),
    /// checked by the core's parser for that kind; it is served byte for byte as given. The problems are the reasons it
    /// was refused (empty when it was stored); <paramref name="replaced"/> tells whether a job with that id was there
    /// before. With no <paramref name="id"/>, the job's own is used.
    /// </summary>
    public IReadOnlyList<string> PutJob(JobKind kind, string? id, byte[] json, out bool replaced)
    {
        replaced = false;
        var exchange = new HttpExchange(StatusCodes.Status200OK, [], json, clock.GetUtcNow());
        var parsed = kind == JobKind.Live
            ? Responses.ParseLiveSession(exchange).Map(session => JobPhase.Given(session, json))
            : Responses.ParseJob(exchange).Map(job => JobPhase.Given(job, json));
        if (parsed.Case is PreRecordedError error)
        {
            // The parser's reason names the member and its JSON path; "malformed response" would only confuse here.
            return [error is PreRecordedError.MalformedResponse malformed ? malformed.Reason : error.Message];
        }

        var phase = (JobPhase)parsed.Case!;
        var expected = Wire(kind);
        if (phase.Job.Kind != expected)
        {
            // Each kind has its own store and endpoints; a session loaded as a job would be served under the wrong path.
            var other = kind == JobKind.Live ? JobKind.PreRecorded : JobKind.Live;
            var hint = phase.Job.Kind == Wire(other) ? $"; load it with PUT {AdminEndpoints.Path}/{AdminEndpoints.Segment(other)}/{{id}}" : string.Empty;
            return [$"The kind must be {expected}, not {phase.Job.Kind}{hint}"];
        }

        if (id is not null && phase.Job.Id != id)
        {
            return [$"The {(kind == JobKind.Live ? "live session" : "job")}'s id ({phase.Job.Id}) must be the id in the path ({id})"];
        }

        replaced = stores.Of(kind).Put(new StoredJob(phase));
        return [];
    }

    /// <summary>Removes a job of the given kind outright; <c>false</c> when there was no such undeleted job.</summary>
    public bool RemoveJob(JobKind kind, string id) => stores.Of(kind).Remove(id);

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

    private static string Wire(JobKind kind) => kind == JobKind.Live ? JobKinds.Live : JobKinds.PreRecorded;
}

/// <summary>State that <c>POST /__admin/reset</c> puts back as at start (uploads, the count of created jobs).</summary>
internal interface IResettable
{
    void Reset();
}
