using System.Collections.Concurrent;
using System.Diagnostics;
using LanguageExt;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>One way of calling the client.</summary>
public enum Form
{
    Get,
    List,
    NextPage,
    ListAll,
    GetFile,
    OpenFile,
    DownloadFile,
    DownloadFileToPath,
    Delete,
}

/// <summary>What one call was, how it ended, and how long it took against its budget.</summary>
public sealed record CallRecord(
    int Number, Form Form, Fault Fault, bool Hasty, IReadOnlySet<string> Expected, string Outcome, TimeSpan Elapsed, TimeSpan Budget, string Detail)
{
    /// <summary>Whether the call ended as its fault calls for (the caller's cancellation is always allowed).</summary>
    public bool AsExpected => Outcome == Tests.Outcome.Cancelled || Expected.Contains(Outcome);

    public override string ToString() =>
        $"#{Number} {Form} {Fault}{(Hasty ? " (hasty)" : string.Empty)}: {Outcome} (expected {string.Join("|", Expected)}) in {Elapsed.TotalMilliseconds:0} ms (budget {Budget.TotalMilliseconds:0} ms) {Detail}";
}

/// <summary>Everything a campaign observed.</summary>
public sealed record CampaignReport(
    IReadOnlyList<CallRecord> Calls,
    TimeSpan Elapsed,
    long AllocatedBytes,
    long HugeAnswers,
    long HugeBytesWritten,
    IReadOnlyList<string> Exceptions,
    IReadOnlyList<string> LeakedKeys,
    string DownloadFolder,
    IReadOnlySet<string> DownloadedFiles);

/// <summary>
/// Runs a fixed number of client calls against <see cref="HostileServers"/>, with a fixed number of concurrent
/// workers, stopping at the count or at a time cap, whichever comes first. Each call's form, fault, client and
/// cancellation follow from the seed and the call number alone, so a seed always plans the same calls.
/// </summary>
public sealed class Campaign(HostileServers servers, int seed)
{
    public static readonly TimeSpan Patient = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Hasty = TimeSpan.FromMilliseconds(250);

    private static readonly (Fault Fault, int Weight)[] Weights =
    [
        (Fault.Valid, 16), (Fault.TruncatedJson, 8), (Fault.CutShort, 6), (Fault.RandomBytes, 8), (Fault.WrongShape, 8),
        (Fault.EmptyOk, 6), (Fault.Html502, 6), (Fault.HugeChunked, 4), (Fault.HugeDeclared, 4), (Fault.Stall, 3),
        (Fault.Drip, 3), (Fault.Reset, 6), (Fault.ResetMidBody, 6), (Fault.RetryAfterZeroSeconds, 6),
        (Fault.RetryAfterLongSeconds, 5), (Fault.RetryAfterPastDate, 6), (Fault.RetryAfterFutureDate, 5),
        (Fault.Unavailable503Twice, 6), (Fault.Unavailable503Always, 5), (Fault.RedirectLoop, 6), (Fault.RedirectChain, 5),
        (Fault.RedirectOtherOrigin, 8), (Fault.NextOtherOrigin, 6),
    ];

    private static readonly int TotalWeight = Weights.Sum(w => w.Weight);

    private readonly ConcurrentQueue<CallRecord> records = new();
    private readonly ConcurrentQueue<string> exceptions = new();
    private readonly ConcurrentQueue<string> leaks = new();
    private readonly ConcurrentDictionary<string, byte> downloaded = new(StringComparer.Ordinal);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "prfx-reliability-" + Guid.NewGuid().ToString("N"));
    private int started;
    private int counted;

    public async Task<CampaignReport> RunAsync(int calls, int workers, TimeSpan cap)
    {
        Directory.CreateDirectory(folder);
        using var patient = new GladiaClient(servers.Options(Patient));
        using var hasty = new GladiaClient(servers.Options(Hasty));
        var hugeBefore = (servers.Api.HugeAnswers, servers.Api.HugeBytesWritten);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            // Bounded by count (calls) and by time (cap).
            while (Volatile.Read(ref counted) < calls && clock.Elapsed < cap)
            {
                var n = Interlocked.Increment(ref started);
                // Odd calls to pre-recorded jobs, even ones to live sessions: the same calls, faults and promises.
                await (n % 2 == 0 ? RunOneAsync(n, patient.Live(), hasty.Live()) : RunOneAsync(n, patient.PreRecorded(), hasty.PreRecorded()));
            }
        })));
        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return new CampaignReport(
            [.. records.OrderBy(r => r.Number)],
            elapsed,
            allocated,
            servers.Api.HugeAnswers - hugeBefore.HugeAnswers,
            servers.Api.HugeBytesWritten - hugeBefore.HugeBytesWritten,
            [.. exceptions],
            [.. leaks],
            folder,
            downloaded.Keys.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The outcomes a fault allows for a form (a hasty client may also time out).</summary>
    public static IReadOnlySet<string> Expected(Form form, Fault fault, bool hasty)
    {
        var expected = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal) { ExpectedOne(form, fault) };
        if (form == Form.ListAll && fault == Fault.NextOtherOrigin)
        {
            // The second page links to another origin: ListAll ends there with a Left, sending nothing.
            expected = new(StringComparer.Ordinal) { Outcome.InvalidArgument };
        }

        if (form == Form.OpenFile && fault is Fault.CutShort or Fault.ResetMidBody)
        {
            // A reset discards what the client's kernel had not yet handed over, headers included: the send may fail.
            expected.Add(Outcome.Transport);
        }

        if (hasty)
        {
            expected.Add(Outcome.Timeout);
        }

        return expected;
    }

    private static string ExpectedOne(Form form, Fault fault)
    {
        var kind = form switch
        {
            Form.Get or Form.List or Form.NextPage or Form.ListAll => "json",
            Form.Delete => "delete",
            Form.OpenFile => "open",
            _ => "file",
        };
        return (fault, kind) switch
        {
            (Fault.Valid or Fault.RetryAfterZeroSeconds or Fault.RetryAfterPastDate or Fault.Unavailable503Twice, _) => Outcome.Right,
            (Fault.RedirectOtherOrigin or Fault.NextOtherOrigin, "delete") => Outcome.Service, // a 307 is not followed for a DELETE
            (Fault.RedirectOtherOrigin or Fault.NextOtherOrigin, _) => Outcome.Right,
            (Fault.TruncatedJson or Fault.RandomBytes or Fault.EmptyOk, "json") => Outcome.Malformed,
            (Fault.TruncatedJson or Fault.EmptyOk, "delete") => Outcome.Malformed, // a 200, not 202 or 204: the deletion is unconfirmed
            (Fault.TruncatedJson or Fault.RandomBytes or Fault.EmptyOk, _) => Outcome.Right, // no JSON is read: the bytes are the answer
            (Fault.WrongShape, _) => Outcome.Malformed, // for a file: JSON is not audio; for a delete: a 200 does not confirm it
            (Fault.CutShort or Fault.ResetMidBody, "open") => Outcome.Right, // the headers were whole; the caller reads the body
            (Fault.CutShort or Fault.ResetMidBody or Fault.Reset, _) => Outcome.Transport,
            (Fault.Html502 or Fault.Unavailable503Always, _) => Outcome.Service,
            (Fault.HugeChunked or Fault.HugeDeclared, _) => Outcome.Malformed,
            (Fault.Drip, "open") => Outcome.Right,
            (Fault.Stall or Fault.Drip, _) => Outcome.Timeout,
            (Fault.RetryAfterLongSeconds or Fault.RetryAfterFutureDate, _) => Outcome.RateLimited,
            (Fault.RedirectLoop or Fault.RedirectChain, "delete") => Outcome.Service, // a 302 to a DELETE is not followed
            (Fault.RedirectLoop or Fault.RedirectChain, _) => Outcome.Transport,
            _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
        };
    }

    private async Task RunOneAsync<TJob, TPage>(int n, JobsApi<TJob, TPage> patient, JobsApi<TJob, TPage> hasty)
        where TJob : class, IJobEnvelope
        where TPage : ListPage<TJob>
    {
        var random = new Random(HashCode.Combine(seed, n));
        var form = (Form)random.Next(Enum.GetValues<Form>().Length);
        var fault = PickFault(random, form);
        var isHasty = fault is Fault.Stall or Fault.Drip || random.NextDouble() < 0.1;
        var jobs = isHasty ? hasty : patient;
        var budget = isHasty ? Hasty : Patient;
        using var cancel = random.NextDouble() < 0.04 ? new CancellationTokenSource(TimeSpan.FromMilliseconds(random.Next(0, 30))) : null;
        var token = cancel?.Token ?? CancellationToken.None;

        switch (form)
        {
            case Form.Get:
                await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.GetAsync(HostileScript.JobId(fault, n), token), token);
                break;
            case Form.List:
                var page = await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.ListAsync(Query(fault, n), token), token);
                if (page?.Case is TPage { Next.IsSome: true } withNext)
                {
                    // Only NextOtherOrigin gives a first page with a next link: following it must be refused unsent.
                    await Measure(n, Form.NextPage, Fault.NextOtherOrigin, isHasty, budget, Only(Outcome.InvalidArgument), () => jobs.NextPageAsync(withNext, token), token);
                }

                break;
            case Form.NextPage:
                var first = await Measure(n, Form.List, Fault.Valid, isHasty, budget, Expected(Form.List, Fault.Valid, isHasty), () => jobs.ListAsync(Query(Fault.Valid, n).WithCustomMetadata(HostileScript.ThenKey, fault.ToString()), token), token);
                if (first?.Case is TPage firstPage)
                {
                    await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.NextPageAsync(firstPage, token), token);
                }

                break;
            case Form.ListAll:
                await Measure(n, form, fault, isHasty, budget * 2, Expected(form, fault, isHasty), () => ListAllAsync(jobs, Query(Fault.Valid, n).WithCustomMetadata(HostileScript.ThenKey, fault.ToString()), token), token);
                break;
            case Form.GetFile:
                await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.GetFileAsync(HostileScript.JobId(fault, n), token), token);
                break;
            case Form.OpenFile:
                await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => OpenAndCloseAsync(jobs, HostileScript.JobId(fault, n), token), token);
                break;
            case Form.DownloadFile:
                await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.DownloadFileAsync(HostileScript.JobId(fault, n), Stream.Null, progress: null, token), token);
                break;
            case Form.DownloadFileToPath:
                var name = n + ".wav";
                var written = await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.DownloadFileToPathAsync(HostileScript.JobId(fault, n), Path.Combine(folder, name), progress: null, token), token);
                if (written?.IsRight == true)
                {
                    downloaded.TryAdd(name, 0);
                }

                break;
            default:
                await Measure(n, form, fault, isHasty, budget, Expected(form, fault, isHasty), () => jobs.DeleteAsync(HostileScript.JobId(fault, n), token), token);
                break;
        }
    }

    private static System.Collections.Generic.HashSet<string> Only(string outcome) => new(StringComparer.Ordinal) { outcome };

    private static Fault PickFault(Random random, Form form)
    {
        while (true)
        {
            var pick = random.Next(TotalWeight);
            foreach (var (fault, weight) in Weights)
            {
                if (pick < weight)
                {
                    // A next link only exists on a list page.
                    if (fault != Fault.NextOtherOrigin || form is Form.List or Form.NextPage or Form.ListAll)
                    {
                        return fault;
                    }

                    break;
                }

                pick -= weight;
            }
        }
    }

    private static JobQuery Query(Fault fault, int n) =>
        JobQuery.Default.WithLimit(2)
            .WithCustomMetadata(HostileScript.FaultKey, fault.ToString())
            .WithCustomMetadata(HostileScript.NumberKey, n.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static async Task<Either<PreRecordedError, Unit>> OpenAndCloseAsync(JobsApi jobs, string id, CancellationToken token)
    {
        var opened = await jobs.OpenFileAsync(id, token);
        if (opened.Case is AudioDownload download)
        {
            await download.DisposeAsync();
        }

        return opened.Map(_ => Unit.Default);
    }

    /// <summary>Enumerates everything; a Left may only come last. The outcome is that Left, or Right.</summary>
    private static async Task<Either<PreRecordedError, Unit>> ListAllAsync<TJob, TPage>(JobsApi<TJob, TPage> jobs, JobQuery query, CancellationToken token)
        where TJob : class, IJobEnvelope
        where TPage : ListPage<TJob>
    {
        var items = await jobs.ListAllAsync(query, token).ToListAsync(token);
        var lefts = items.Select((item, i) => (item, i)).Where(x => x.item.IsLeft).ToList();
        if (lefts.Count > 1 || (lefts.Count == 1 && lefts[0].i != items.Count - 1) || items.Any(i => i.IsBottom))
        {
            throw new InvalidOperationException("ListAll yielded a Left before its end, more than one, or a Bottom");
        }

        return lefts.Count == 1 ? lefts[0].item.Map(_ => Unit.Default) : Unit.Default;
    }

    private async Task<Either<PreRecordedError, T>?> Measure<T>(
        int n, Form form, Fault fault, bool hasty, TimeSpan budget, IReadOnlySet<string> expected, Func<Task<Either<PreRecordedError, T>>> call, CancellationToken token)
    {
        var started = Stopwatch.GetTimestamp();
        string outcome;
        string detail = string.Empty;
        Either<PreRecordedError, T>? result = null;
        try
        {
            result = await call();
            outcome = Outcome.Of(result.Value);
            if (result.Value.Case is PreRecordedError error)
            {
                detail = error.Message;
                CheckSecrecy(n, error);
            }
        }
        catch (OperationCanceledException e) when (token.IsCancellationRequested && e.CancellationToken == token)
        {
            outcome = Outcome.Cancelled;
        }
#pragma warning disable CA1031 // The property under test is that nothing is thrown: anything caught is recorded as a failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            outcome = "threw " + e.GetType().Name;
            exceptions.Enqueue($"#{n} {form} {fault}: {e}");
            if (e.ToString().Contains(HostileServers.Key, StringComparison.Ordinal))
            {
                leaks.Enqueue($"#{n} exception: {e.GetType().Name}");
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        records.Enqueue(new CallRecord(n, form, fault, hasty, expected, outcome, elapsed, budget, detail));
        Interlocked.Increment(ref counted);
        return result;
    }

    private void CheckSecrecy(int n, PreRecordedError error)
    {
        var texts = new[] { error.Message, error.ToString(), new PreRecordedException(error).ToString() };
        if (texts.Any(text => text.Contains(HostileServers.Key, StringComparison.Ordinal)))
        {
            leaks.Enqueue($"#{n} {error.GetType().Name}");
        }
    }
}
