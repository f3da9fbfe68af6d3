using LanguageExt;

namespace PreRecordedFx;

/// <summary>How <see cref="JobsApi.DeleteAllAsync"/> deletes: how many at once, for real or not, and what to do first.</summary>
/// <example><code>
/// var options = new BulkDeleteOptions { MaxConcurrency = 8, DryRun = true };
/// </code></example>
public sealed record BulkDeleteOptions
{
    /// <summary>The defaults: four deletes at a time, for real, five waits on a rate limit, nothing done first.</summary>
    public static BulkDeleteOptions Default { get; } = new();

    /// <summary>How many deletes run at once (at least 1). Default 4.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>When <c>true</c>, lists and reports what would be deleted (<see cref="DeleteOutcome.WouldDelete"/>) and sends no delete.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// How many more times one delete is tried after a 429 the client's own retries gave up on (at least 0), each time
    /// after the wait <c>Retry-After</c> asked for (one second when it asked for none). Default 5.
    /// </summary>
    public int RateLimitRetries { get; init; } = 5;

    /// <summary>
    /// Run before each delete, e.g. to archive the job; a <c>Left</c> leaves the job in place and reports it as
    /// <see cref="DeleteOutcome.Failed"/> with that error. Not run in a dry run.
    /// </summary>
    public Func<JobEnvelope, CancellationToken, Task<Either<PreRecordedError, Unit>>>? BeforeDelete { get; init; }
}
