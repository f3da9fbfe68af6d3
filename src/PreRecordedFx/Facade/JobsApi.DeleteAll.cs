using System.Runtime.CompilerServices;
using System.Threading.Channels;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Bulk delete: every job a query lists, deleted with bounded concurrency.</summary>
public abstract partial class JobsApi
{
    private static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Deletes every job <paramref name="query"/> lists, yielding one <see cref="DeleteOutcome"/> per job as it is
    /// settled (in completion order). The matching jobs are listed in full first, because deleting while paging would
    /// shift the pages and skip jobs; a listing failure yields <see cref="DeleteOutcome.ListingFailed"/> and deletes
    /// nothing. Queued and processing jobs are skipped, not failed. Only listed jobs are ever deleted, so running it
    /// again after an interruption continues with what is left. Deletes run at most about
    /// <see cref="BulkDeleteOptions.MaxConcurrency"/> ahead of the reader; stopping the enumeration or cancelling stops
    /// sending deletes, though one already sent may still complete on the server.
    /// </summary>
    /// <param name="query">The filters; its limit is the page size of the listing.</param>
    /// <param name="options">Concurrency, dry run, rate-limit retries and a step before each delete; <see cref="BulkDeleteOptions.Default"/> when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the walk; it then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The outcomes; invalid options give one <see cref="DeleteOutcome.ListingFailed"/> with an <see cref="PreRecordedError.InvalidArgument"/>.</returns>
    /// <example><code>
    /// var old = JobQuery.Default.WithLimit(100).WithBeforeDate(DateTimeOffset.UtcNow.AddDays(-30));
    /// await foreach (var outcome in jobs.DeleteAllAsync(old, new BulkDeleteOptions { MaxConcurrency = 8 }))
    /// {
    ///     Console.WriteLine(outcome);
    /// }
    /// </code></example>
    public virtual async IAsyncEnumerable<DeleteOutcome> DeleteAllAsync(
        JobQuery query, BulkDeleteOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var settings = options ?? BulkDeleteOptions.Default;
        if (settings.MaxConcurrency < 1 || settings.RateLimitRetries < 0)
        {
            yield return new DeleteOutcome.ListingFailed(new PreRecordedError.InvalidArgument(
                nameof(options), "MaxConcurrency must be at least 1 and RateLimitRetries at least 0"));
            yield break;
        }

        // Envelopes only: what a report needs, a few hundred bytes per job however large its transcript.
        var deletable = new List<JobEnvelope>();
        var pending = new List<JobEnvelope>();
        await foreach (var item in ListAllEnvelopesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            if (item.Case is not JobEnvelope job)
            {
                yield return new DeleteOutcome.ListingFailed((PreRecordedError)item.Case!);
                yield break;
            }

            (job.Status.IsPending ? pending : deletable).Add(job);
        }

        foreach (var job in pending)
        {
            yield return new DeleteOutcome.Skipped(job, SkipReason.Pending);
        }

        if (settings.DryRun)
        {
            foreach (var job in deletable)
            {
                yield return new DeleteOutcome.WouldDelete(job);
            }

            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Bounded, so deletes run at most a few ahead of the reader: a caller who stops early stops them soon.
        var outcomes = Channel.CreateBounded<DeleteOutcome>(new BoundedChannelOptions(settings.MaxConcurrency) { SingleReader = true });
        var work = DeleteEachAsync(deletable, settings, outcomes.Writer, stop.Token);
        try
        {
            await foreach (var outcome in outcomes.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return outcome;
            }

            await work.ConfigureAwait(false);
        }
        finally
        {
            // The caller stopped early or cancelled: send no more deletes, and let the ones under way settle.
            await stop.CancelAsync().ConfigureAwait(false);
            await work.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private async Task DeleteEachAsync(List<JobEnvelope> jobs, BulkDeleteOptions settings, ChannelWriter<DeleteOutcome> outcomes, CancellationToken cancellationToken)
    {
        try
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxConcurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(jobs, parallel, async (job, token) =>
                await outcomes.WriteAsync(await DeleteOneAsync(job, settings, token).ConfigureAwait(false), token).ConfigureAwait(false)).ConfigureAwait(false);
            outcomes.TryComplete();
        }
        catch (Exception e)
        {
            // The reader rethrows it: the caller's cancellation, or an exception from their BeforeDelete step.
            outcomes.TryComplete(e);
        }
    }

    private async Task<DeleteOutcome> DeleteOneAsync(JobEnvelope job, BulkDeleteOptions settings, CancellationToken cancellationToken)
    {
        if (settings.BeforeDelete is { } before)
        {
            var ready = await before(job, cancellationToken).ConfigureAwait(false);
            if (ready.Case is PreRecordedError refused)
            {
                return new DeleteOutcome.Failed(job, refused);
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            var deleted = await DeleteAsync(job.Id, cancellationToken).ConfigureAwait(false);
            switch (deleted.Case)
            {
                case Unit:
                    return new DeleteOutcome.Deleted(job);
                case PreRecordedError.NotDeletable:
                    return new DeleteOutcome.Skipped(job, SkipReason.NotDeletable);
                case PreRecordedError.NotFound:
                    return new DeleteOutcome.Skipped(job, SkipReason.AlreadyDeleted);
                case PreRecordedError.RateLimited limited when attempt < settings.RateLimitRetries:
                    await Task.Delay(limited.RetryAfter.IfNone(DefaultRateLimitWait), runner.Time, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    return new DeleteOutcome.Failed(job, (PreRecordedError)deleted.Case!);
            }
        }
    }
}
