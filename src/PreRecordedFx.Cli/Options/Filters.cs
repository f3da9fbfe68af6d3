using System.Globalization;

namespace PreRecordedFx.Cli;

/// <summary>
/// The list filters as values, whichever front end read them (the command line's options, the MCP tools' arguments),
/// and the one way they become a <see cref="JobQuery"/>.
/// </summary>
/// <param name="Status">Only jobs in these statuses (none: any).</param>
/// <param name="Date">Only jobs created on this UTC day.</param>
/// <param name="After">Only jobs created after this instant.</param>
/// <param name="Before">Only jobs created before this instant.</param>
/// <param name="Metadata">Only jobs whose custom metadata has each of these pairs.</param>
/// <param name="Limit">Jobs per page.</param>
/// <param name="Offset">Jobs to skip first.</param>
internal sealed record Filters(
    IReadOnlyList<string> Status,
    DateOnly? Date,
    DateTimeOffset? After,
    DateTimeOffset? Before,
    IReadOnlyList<KeyValuePair<string, string>> Metadata,
    int? Limit,
    int? Offset)
{
    /// <summary>What a date filter accepts, as its error message shows it.</summary>
    public const string InstantExample = "2026-09-01 or 2026-09-01T12:00:00Z";

    /// <summary>What <c>date</c> accepts.</summary>
    public const string DayExample = "2026-09-30";

    /// <summary>The query the filters describe; the limit defaults to <paramref name="defaultLimit"/>.</summary>
    public JobQuery Query(int defaultLimit)
    {
        var query = JobQuery.Default
            .WithLimit(Limit ?? defaultLimit)
            .WithOffset(Offset ?? 0)
            .WithStatus([.. Status.Select(s => new JobStatus(s))]);
        if (Date is { } day)
        {
            query = query.WithDate(day);
        }

        if (After is { } after)
        {
            query = query.WithAfterDate(after);
        }

        if (Before is { } before)
        {
            query = query.WithBeforeDate(before);
        }

        foreach (var (key, value) in Metadata)
        {
            query = query.WithCustomMetadata(key, value);
        }

        return query;
    }

    /// <summary>A UTC day such as <c>2026-09-30</c>, or <c>null</c>.</summary>
    public static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>An instant, UTC unless an offset is given, or <c>null</c>.</summary>
    public static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : null;

    /// <summary>The error line for a date filter that did not parse.</summary>
    public static string BadDate(string text, string name, string example) => $"bad date '{text}' for {name}: use {example}";
}
