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
    string? ListingError);
