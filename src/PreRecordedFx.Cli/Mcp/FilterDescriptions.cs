namespace PreRecordedFx.Cli;

/// <summary>The filter arguments' descriptions that <c>list_jobs</c> and <c>prune_jobs</c> share, written once.</summary>
internal static class FilterDescriptions
{
    public const string Date = "Only jobs created on this UTC day, e.g. " + Filters.DayExample + ".";

    public const string After = "Only jobs created after this instant, e.g. " + Filters.InstantExample + " (UTC unless an offset is given).";

    public const string Before = "Only jobs created before this instant, e.g. 2026-01-01 (UTC unless an offset is given).";

    /// <summary>The <c>kind</c> of the tools that list or delete in bulk, pre-recorded by default as on the command line.</summary>
    public const string Kind = "Which jobs: pre-recorded (default), live (live sessions) or all (both; each job says its kind).";

    /// <summary>The <c>kind</c> of the tools that take one id.</summary>
    public const string KindOfId = "Which kind the id is: pre-recorded, live or all (default all: pre-recorded is tried first, then live when the job is not found).";

    /// <summary>The <c>kind</c> of <c>delete_job</c>, pre-recorded by default as <c>gladia-jobs delete</c>.</summary>
    public const string KindToDelete = "Which kind the id is: pre-recorded (default), live or all (pre-recorded is tried first, then live when the job is not found).";

    public const string Metadata = "Only jobs whose custom metadata has each of these key/value pairs, e.g. {\"userId\": \"u-42\"}.";
}
