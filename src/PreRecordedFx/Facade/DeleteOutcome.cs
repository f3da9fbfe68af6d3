namespace PreRecordedFx;

/// <summary>Why a bulk delete left a job in place without counting it as a failure.</summary>
public enum SkipReason
{
    /// <summary>The job was queued or processing when listed: Gladia refuses to delete it until it finishes.</summary>
    Pending,

    /// <summary>Gladia answered 403 (not deletable) to the delete.</summary>
    NotDeletable,

    /// <summary>Gladia answered 404: someone else deleted it since it was listed.</summary>
    AlreadyDeleted,
}

/// <summary>
/// What a bulk delete (<see cref="JobsApi.DeleteAllAsync"/>) did with one job, or why it stopped. A closed
/// union: the constructor is private, so the cases nested here are all there are. Each job's
/// <c>Job</c> is its <see cref="JobEnvelope"/> as listed: a few hundred bytes, so a bulk delete over many jobs stays small in memory.
/// </summary>
public abstract record DeleteOutcome
{
    private DeleteOutcome()
    {
    }

    /// <summary>Runs the function for this case; every case must be handled.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="deleted">For a deleted job.</param>
    /// <param name="wouldDelete">For a job a dry run would delete.</param>
    /// <param name="skipped">For a job left in place on purpose.</param>
    /// <param name="failed">For a job whose delete failed.</param>
    /// <param name="listingFailed">For a listing that failed, which ends the walk before anything is deleted.</param>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(
        Func<Deleted, TResult> deleted,
        Func<WouldDelete, TResult> wouldDelete,
        Func<Skipped, TResult> skipped,
        Func<Failed, TResult> failed,
        Func<ListingFailed, TResult> listingFailed)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        ArgumentNullException.ThrowIfNull(wouldDelete);
        ArgumentNullException.ThrowIfNull(skipped);
        ArgumentNullException.ThrowIfNull(failed);
        ArgumentNullException.ThrowIfNull(listingFailed);
        return this switch
        {
            Deleted d => deleted(d),
            WouldDelete w => wouldDelete(w),
            Skipped s => skipped(s),
            Failed f => failed(f),

            // The constructor is private, so ListingFailed is the only case left.
            _ => listingFailed((ListingFailed)this),
        };
    }

    /// <summary>The job was deleted.</summary>
    /// <param name="Job">The job's envelope, as listed.</param>
    public sealed record Deleted(JobEnvelope Job) : DeleteOutcome;

    /// <summary>A dry run: the job matches and would be deleted; nothing was sent.</summary>
    /// <param name="Job">The job's envelope, as listed.</param>
    public sealed record WouldDelete(JobEnvelope Job) : DeleteOutcome;

    /// <summary>The job was left in place on purpose.</summary>
    /// <param name="Job">The job's envelope, as listed.</param>
    /// <param name="Reason">Why.</param>
    public sealed record Skipped(JobEnvelope Job, SkipReason Reason) : DeleteOutcome;

    /// <summary>The job could not be deleted (or its <see cref="BulkDeleteOptions.BeforeDelete"/> step failed); it is still there.</summary>
    /// <param name="Job">The job's envelope, as listed.</param>
    /// <param name="Error">Why.</param>
    public sealed record Failed(JobEnvelope Job, PreRecordedError Error) : DeleteOutcome;

    /// <summary>Listing the matching jobs failed: the walk ends here and nothing was deleted.</summary>
    /// <param name="Error">Why.</param>
    public sealed record ListingFailed(PreRecordedError Error) : DeleteOutcome;
}
