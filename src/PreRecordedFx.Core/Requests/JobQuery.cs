using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The filters and paging of <c>GET /v2/pre-recorded</c>. Immutable: every <c>With…</c> returns a new query,
/// which reads the same from C# and F#. <see cref="Requests.ListJobs"/> checks it before anything is sent.
/// </summary>
/// <example><code>
/// var query = JobQuery.Default
///     .WithLimit(50)
///     .WithStatus(JobStatus.Done)
///     .WithAfterDate(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))
///     .WithCustomMetadata("userId", "abc123");
/// </code></example>
/// <param name="Offset">How many jobs to skip (≥ 0).</param>
/// <param name="Limit">How many jobs per page (≥ 1).</param>
/// <param name="Date">Only jobs created on this UTC day.</param>
/// <param name="BeforeDate">Only jobs created before this instant.</param>
/// <param name="AfterDate">Only jobs created after this instant.</param>
/// <param name="Statuses">Only jobs in one of these statuses; empty for all.</param>
/// <param name="CustomMetadata">Only jobs whose custom metadata has all these key/value pairs, in order.</param>
public sealed record JobQuery(
    int Offset,
    int Limit,
    Option<DateOnly> Date,
    Option<DateTimeOffset> BeforeDate,
    Option<DateTimeOffset> AfterDate,
    IReadOnlyList<JobStatus> Statuses,
    IReadOnlyList<QueryParameter> CustomMetadata)
{
    /// <summary>Only jobs in one of these statuses; empty for all. Compared by content.</summary>
    public IReadOnlyList<JobStatus> Statuses { get; init => field = ByValue(value); } = ByValue(Statuses);

    /// <summary>Only jobs whose custom metadata has all these key/value pairs, in order. Compared by content.</summary>
    public IReadOnlyList<QueryParameter> CustomMetadata { get; init => field = ByValue(value); } = ByValue(CustomMetadata);

    /// <summary>The service's defaults (offset 0, limit 20) and no filters.</summary>
    public static JobQuery Default { get; } = new(0, 20, default, default, default, [], []);

    /// <summary>Starts at this offset.</summary>
    /// <param name="offset">How many jobs to skip.</param>
    /// <returns>The new query.</returns>
    public JobQuery WithOffset(int offset) => this with { Offset = offset };

    /// <summary>Asks for this many jobs per page.</summary>
    /// <param name="limit">The page size.</param>
    /// <returns>The new query.</returns>
    public JobQuery WithLimit(int limit) => this with { Limit = limit };

    /// <summary>Keeps jobs created on this UTC day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The new query.</returns>
    public JobQuery WithDate(DateOnly date) => this with { Date = date };

    /// <summary>Keeps jobs created before this instant.</summary>
    /// <param name="instant">The instant (any offset; sent as UTC).</param>
    /// <returns>The new query.</returns>
    public JobQuery WithBeforeDate(DateTimeOffset instant) => this with { BeforeDate = instant };

    /// <summary>Keeps jobs created after this instant.</summary>
    /// <param name="instant">The instant (any offset; sent as UTC).</param>
    /// <returns>The new query.</returns>
    public JobQuery WithAfterDate(DateTimeOffset instant) => this with { AfterDate = instant };

    /// <summary>Adds statuses to keep (a job matches when it has any of them).</summary>
    /// <param name="statuses">The statuses.</param>
    /// <returns>The new query.</returns>
    public JobQuery WithStatus(params JobStatus[] statuses) =>
        this with { Statuses = [.. Statuses, .. statuses ?? []] };

    /// <summary>Adds a custom metadata pair that jobs must carry.</summary>
    /// <param name="key">The metadata key.</param>
    /// <param name="value">The value, compared as a string.</param>
    /// <returns>The new query.</returns>
    public JobQuery WithCustomMetadata(string key, string value) =>
        this with { CustomMetadata = [.. CustomMetadata, new QueryParameter(key, value)] };

    // A null list is kept so that validation can name it; any other list is compared by content.
    private static IReadOnlyList<T> ByValue<T>(IReadOnlyList<T> list) => list is null ? list! : ValueList<T>.From(list);
}
