namespace PreRecordedFx.Cli;

/// <summary>The filter arguments' descriptions that <c>list_jobs</c> and <c>prune_jobs</c> share, written once.</summary>
internal static class FilterDescriptions
{
    public const string Date = "Only jobs created on this UTC day, e.g. " + Filters.DayExample + ".";

    public const string After = "Only jobs created after this instant, e.g. " + Filters.InstantExample + " (UTC unless an offset is given).";

    public const string Before = "Only jobs created before this instant, e.g. 2026-01-01 (UTC unless an offset is given).";

    public const string Metadata = "Only jobs whose custom metadata has each of these key/value pairs, e.g. {\"userId\": \"u-42\"}.";
}
