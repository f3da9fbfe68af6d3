using LanguageExt;

namespace PreRecordedFx;

/// <summary>Waiting for a job to finish.</summary>
public abstract partial class JobsApi<TJob, TPage>
{
    private const string WaitOperation = "wait";

    /// <summary>
    /// Polls a job (<c>GET /v2/pre-recorded/:id</c> or <c>/v2/live/:id</c>) until it is finished — done or error — pausing between polls from
    /// <see cref="WaitOptions.InitialDelay"/>, doubling up to <see cref="WaitOptions.MaxDelay"/>, within
    /// <see cref="WaitOptions.Budget"/>. A transient failure of a poll (429, 5xx, transport) is polled through; any other
    /// failure ends the wait. Pauses run on the client's clock.
    /// </summary>
    /// <param name="jobId">The job's id.</param>
    /// <param name="options">Pauses and budget; the defaults when <c>null</c>.</param>
    /// <param name="cancellationToken">Cancels the wait; it then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>
    /// The finished job (check <see cref="JobEnvelopeBase.Status"/>: a job in error is a <c>Right</c> too, with its
    /// <see cref="JobEnvelopeBase.ErrorCode"/>); <see cref="PreRecordedError.Timeout"/> when the budget runs out first; or the
    /// error that ended the wait (e.g. <see cref="PreRecordedError.NotFound"/>).
    /// </returns>
    /// <example><code>
    /// var finished = await client.PreRecorded().WaitUntilFinishedAsync(jobId, new WaitOptions { Budget = TimeSpan.FromMinutes(5) });
    /// </code></example>
    public virtual async Task<Either<PreRecordedError, TJob>> WaitUntilFinishedAsync(
        string jobId, WaitOptions? options = null, CancellationToken cancellationToken = default)
    {
        var wait = options ?? new WaitOptions();
        if (wait.Problem() is { } problem)
        {
            return new PreRecordedError.InvalidArgument(nameof(options), problem);
        }

        var time = runner.Time;
        var started = time.GetTimestamp();
        var delay = wait.InitialDelay;
        while (true)
        {
            var polled = await GetAsync(jobId, cancellationToken).ConfigureAwait(false);
            switch (polled.Case)
            {
                case TJob job when IsFinished(job):
                    return job;
                case PreRecordedError error when !error.IsTransient:
                    return error;
            }

            var remaining = wait.Budget - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                return new PreRecordedError.Timeout(WaitOperation, wait.Budget);
            }

            await Task.Delay(delay < remaining ? delay : remaining, time, cancellationToken).ConfigureAwait(false);
            delay = delay < wait.MaxDelay / 2 ? delay * 2 : wait.MaxDelay;
        }
    }

    // Queued and processing jobs are pending; so is a status Gladia may add later, which cannot be read as finished.
    private static bool IsFinished(TJob job) => job.Status.Kind is JobStatusKind.Done or JobStatusKind.Error;
}
