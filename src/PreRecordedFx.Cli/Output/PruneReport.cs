namespace PreRecordedFx.Cli;

/// <summary>A job a prune left in place, and why.</summary>
/// <param name="Id">The job.</param>
/// <param name="Reason">Why: <c>queued or processing</c>, <c>not deletable</c>, <c>already deleted</c>, or the failure.</param>
internal sealed record PruneEntry(string Id, string Reason);

/// <summary>What a prune did (or, in a dry run, would do): written on screen and, with <c>--report</c>, as JSON.</summary>
/// <param name="DryRun">Whether nothing was deleted on purpose.</param>
/// <param name="Matched">How many jobs the filters matched.</param>
/// <param name="AudioHours">The audio of the jobs deleted (or to delete), in hours.</param>
/// <param name="Oldest">The oldest such job's creation time.</param>
/// <param name="Newest">The newest such job's creation time.</param>
/// <param name="Deleted">The jobs deleted.</param>
/// <param name="WouldDelete">In a dry run, the jobs that would be deleted.</param>
/// <param name="Archived">With <c>--archive</c>, the jobs exported before deletion.</param>
/// <param name="Skipped">The jobs left in place on purpose.</param>
/// <param name="Failed">The jobs that could not be deleted (or archived), still in place.</param>
/// <param name="ListingError">Why listing failed, when it did (then nothing was deleted).</param>
/// <param name="Kinds">Each job the report names (but ids never matched): its kind, pre-recorded or live.</param>
internal sealed record PruneReport(
    bool DryRun,
    int Matched,
    double AudioHours,
    DateTimeOffset? Oldest,
    DateTimeOffset? Newest,
    IReadOnlyList<string> Deleted,
    IReadOnlyList<string> WouldDelete,
    IReadOnlyList<string> Archived,
    IReadOnlyList<PruneEntry> Skipped,
    IReadOnlyList<PruneEntry> Failed,
    string? ListingError,
    IReadOnlyDictionary<string, string> Kinds);

/// <summary>Builds a <see cref="PruneReport"/> from the outcomes of <see cref="JobsApi.DeleteAllAsync"/> (one place, for every front end).</summary>
internal static class PruneReports
{
    /// <summary>The reason a job stays when its audio answered 404 during <c>--archive</c>.</summary>
    public const string AudioUnavailable = "audio unavailable, not deleted";

    /// <summary>The reason given for an id asked for on the command line that the filters did not match.</summary>
    public const string NotMatched = "not matched by the filters (or no such job)";

    /// <summary>The report for <paramref name="outcomes"/>.</summary>
    /// <param name="outcomes">What the bulk delete yielded, in order.</param>
    /// <param name="dryRun">Whether it was a dry run.</param>
    /// <param name="archived">The jobs archived completely before deletion.</param>
    /// <param name="kept">Jobs the archive step kept on purpose, with the reason (it replaces the error's own text).</param>
    /// <param name="describe">The failure line for an error and a job id.</param>
    public static PruneReport Build(
        IReadOnlyList<DeleteOutcome> outcomes,
        bool dryRun,
        IReadOnlyList<string> archived,
        IReadOnlyDictionary<string, string> kept,
        Func<PreRecordedError, string?, string> describe)
    {
        var removed = outcomes.Select(o => o switch
        {
            DeleteOutcome.Deleted d => d.Job,
            DeleteOutcome.WouldDelete w => w.Job,
            _ => null,
        }).OfType<JobEnvelope>().ToList();
        return new PruneReport(
            dryRun,
            outcomes.Count(o => o is not DeleteOutcome.ListingFailed),
            Math.Round(removed.Sum(Formats.AudioSeconds) / 3600, 3),
            removed.Count == 0 ? null : removed.Min(j => j.CreatedAt),
            removed.Count == 0 ? null : removed.Max(j => j.CreatedAt),
            [.. outcomes.OfType<DeleteOutcome.Deleted>().Select(d => d.Job.Id)],
            [.. outcomes.OfType<DeleteOutcome.WouldDelete>().Select(w => w.Job.Id)],
            archived,
            [.. outcomes.OfType<DeleteOutcome.Skipped>().Select(s => new PruneEntry(s.Job.Id, Reason(s.Reason)))],
            [.. outcomes.OfType<DeleteOutcome.Failed>().Select(f => new PruneEntry(f.Job.Id, kept.GetValueOrDefault(f.Job.Id) ?? describe(f.Error, f.Job.Id)))],
            outcomes.OfType<DeleteOutcome.ListingFailed>().Select(l => describe(l.Error, null)).FirstOrDefault(),
            Cli.Kinds.Map(outcomes.Select(Job).OfType<JobEnvelope>().Select(job => (job.Id, job.Kind))));
    }

    /// <summary>The job an outcome is about, if any.</summary>
    public static JobEnvelope? Job(DeleteOutcome outcome) => outcome switch
    {
        DeleteOutcome.Deleted d => d.Job,
        DeleteOutcome.WouldDelete w => w.Job,
        DeleteOutcome.Skipped s => s.Job,
        DeleteOutcome.Failed f => f.Job,
        _ => null,
    };

    /// <summary>The report's first line: how many jobs went (or would go), their hours of audio and when they were created.</summary>
    public static string Headline(PruneReport report)
    {
        var count = report.DryRun ? report.WouldDelete.Count : report.Deleted.Count;
        var verb = report.DryRun ? "would delete" : "deleted";
        var span = report.Oldest is { } oldest && report.Newest is { } newest
            ? $", created {Formats.Instant(oldest)} to {Formats.Instant(newest)}"
            : string.Empty;
        return $"{verb} {count} jobs{ByKind(report, report.DryRun ? report.WouldDelete : report.Deleted)} ({Formats.Hours(report.AudioHours * 3600)} of audio{span})";
    }

    /// <summary>The line for a job left in place: its id, its kind once live sessions are in play, and why.</summary>
    public static string Line(PruneReport report, PruneEntry entry) =>
        $"  {entry.Id}{(ShowsKinds(report) && report.Kinds.TryGetValue(entry.Id, out var kind) ? $" ({kind})" : string.Empty)}: {entry.Reason}";

    // Pre-recorded jobs alone read as they always have; once live sessions are in play, how many of each kind.
    private static bool ShowsKinds(PruneReport report) => report.Kinds.Values.Any(kind => kind != JobKinds.PreRecorded);

    private static string ByKind(PruneReport report, IReadOnlyList<string> ids)
    {
        if (!ShowsKinds(report))
        {
            return string.Empty;
        }

        var counts = ids.GroupBy(id => report.Kinds.GetValueOrDefault(id, JobKinds.PreRecorded)).ToDictionary(g => g.Key, g => g.Count());
        return $" ({counts.GetValueOrDefault(JobKinds.PreRecorded)} {JobKinds.PreRecorded}, {counts.GetValueOrDefault(JobKinds.Live)} {JobKinds.Live})";
    }

    /// <summary>The report with the ids asked for but never matched added as skipped.</summary>
    public static PruneReport WithUnmatched(PruneReport report, IEnumerable<string> unmatched) =>
        report with { Skipped = [.. report.Skipped, .. unmatched.Select(id => new PruneEntry(id, NotMatched))] };

    private static string Reason(SkipReason reason) => reason switch
    {
        SkipReason.Pending => "queued or processing",
        SkipReason.NotDeletable => "not deletable",
        _ => "already deleted",
    };
}
