using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>The statuses Gladia documents, plus <see cref="Unknown"/> for any value added later.</summary>
public enum JobStatusKind
{
    /// <summary>A value this version of the library does not know; see <see cref="JobStatus.Value"/>.</summary>
    Unknown = 0,

    /// <summary>The job waits for a worker.</summary>
    Queued,

    /// <summary>The job is being transcribed.</summary>
    Processing,

    /// <summary>The job finished and carries a result.</summary>
    Done,

    /// <summary>The job failed; see <see cref="JobEnvelopeBase.ErrorCode"/>.</summary>
    Error,
}

/// <summary>
/// A job's status as Gladia sends it. Values the service adds later still parse: they have
/// <see cref="Kind"/> <see cref="JobStatusKind.Unknown"/> and keep their wire text in <see cref="Value"/>.
/// </summary>
/// <example><code>if (job.Status == JobStatus.Done) { … }</code></example>
[JsonConverter(typeof(JobStatusJsonConverter))]
public readonly record struct JobStatus
{
    private readonly string? value;

    /// <summary>Creates a status from its wire text, e.g. <c>"done"</c>.</summary>
    /// <param name="value">The status as the service spells it.</param>
    public JobStatus(string value) => this.value = value;

    /// <summary><c>queued</c>.</summary>
    public static JobStatus Queued { get; } = new("queued");

    /// <summary><c>processing</c>.</summary>
    public static JobStatus Processing { get; } = new("processing");

    /// <summary><c>done</c>.</summary>
    public static JobStatus Done { get; } = new("done");

    /// <summary><c>error</c>.</summary>
    public static JobStatus Error { get; } = new("error");

    /// <summary>The statuses Gladia documents, in lifecycle order.</summary>
    public static IReadOnlyList<JobStatus> Known { get; } = [Queued, Processing, Done, Error];

    /// <summary>The wire text, e.g. <c>"done"</c>; empty for a default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Which documented status this is, or <see cref="JobStatusKind.Unknown"/>.</summary>
    public JobStatusKind Kind => Value switch
    {
        "queued" => JobStatusKind.Queued,
        "processing" => JobStatusKind.Processing,
        "done" => JobStatusKind.Done,
        "error" => JobStatusKind.Error,
        _ => JobStatusKind.Unknown,
    };

    /// <summary>Whether the job can still change (queued or processing); such a job cannot be deleted.</summary>
    public bool IsPending => Kind is JobStatusKind.Queued or JobStatusKind.Processing;

    /// <summary>
    /// Runs the function for this status. Every case must be handled, so F# and C# callers get an
    /// exhaustive match without a wildcard (an F# match on <see cref="Kind"/> needs one: it is an enum).
    /// </summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="queued">For <c>queued</c>.</param>
    /// <param name="processing">For <c>processing</c>.</param>
    /// <param name="done">For <c>done</c>.</param>
    /// <param name="error">For <c>error</c>.</param>
    /// <param name="unknown">For any other value, given its wire text.</param>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(
        Func<TResult> queued,
        Func<TResult> processing,
        Func<TResult> done,
        Func<TResult> error,
        Func<string, TResult> unknown)
    {
        ArgumentNullException.ThrowIfNull(queued);
        ArgumentNullException.ThrowIfNull(processing);
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(unknown);
        return Kind switch
        {
            JobStatusKind.Queued => queued(),
            JobStatusKind.Processing => processing(),
            JobStatusKind.Done => done(),
            JobStatusKind.Error => error(),
            _ => unknown(Value),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
