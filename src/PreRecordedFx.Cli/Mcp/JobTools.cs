using System.ComponentModel;
using System.Text.Json;
using LanguageExt;
using ModelContextProtocol;
using ModelContextProtocol.Server;

namespace PreRecordedFx.Cli;

/// <summary>
/// The MCP tools: the command line's operations, safe by default. Reads are read-only and idempotent; a deletion needs
/// <c>confirm: true</c>, and a prune deletes only what its dry run lists, never more than <c>max_jobs</c>. A failure is a
/// tool error carrying the command line's one-line text (never the key), never an exception through the protocol.
/// </summary>
[McpServerToolType]
internal sealed class JobTools(Func<KindChoice, IReadOnlyList<JobCollection>> collectionsOf, Func<PreRecordedError, string?, string> describe)
{
    /// <summary>The most jobs <c>prune_jobs</c> deletes unless its caller raises <c>max_jobs</c>.</summary>
    public const int DefaultMaxJobs = 100;

    [McpServerTool(Name = "list_jobs", Title = "List jobs", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = true)]
    [Description("Lists Gladia jobs (pre-recorded by default; live sessions or both with kind), newest first, filtered. Returns for each job: id, kind, status, created_at, audio_seconds, custom_metadata, error_code (no transcript: use get_job or get_transcript). With kind all and without all, the first page of each kind.")]
    public async Task<string> ListJobs(
        [Description("Only jobs in these statuses: queued, processing, done, error.")] string[]? status = null,
        [Description(FilterDescriptions.Date)] string? date = null,
        [Description(FilterDescriptions.After)] string? after = null,
        [Description(FilterDescriptions.Before)] string? before = null,
        [Description(FilterDescriptions.Metadata)] Dictionary<string, string>? metadata = null,
        [Description("Jobs per page, 1 to 100 (default 20); with all, the page size of the walk.")] int? limit = null,
        [Description("Jobs to skip first (default 0).")] int? offset = null,
        [Description("Every matching job, page after page, instead of one page.")] bool all = false,
        [Description(FilterDescriptions.Kind)] string? kind = null,
        CancellationToken cancellationToken = default)
    {
        var collections = Collections(kind, KindChoice.PreRecorded);
        var query = Query(status, date, after, before, metadata, limit, offset, all ? 100 : 20);
        var found = new List<JobListing>();
        foreach (var jobs in collections)
        {
            if (all)
            {
                await foreach (var item in jobs.Api.ListAllEnvelopesAsync(query, cancellationToken).ConfigureAwait(false))
                {
                    found.Add(JobListing.Of(Value(item, null)));
                }
            }
            else
            {
                var page = Value(await jobs.Api.ListEnvelopesAsync(query, cancellationToken).ConfigureAwait(false), null);
                found.AddRange(page.Items.Select(JobListing.Of));
            }
        }

        JobListing[] listed = all || collections.Count == 1 ? [.. found] : [.. found.OrderByDescending(j => j.CreatedAt)];
        return JsonSerializer.Serialize(listed, McpJson.Default.JobListingArray);
    }

    [McpServerTool(Name = "get_job", Title = "Get a job", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = true)]
    [Description("One job's summary as 'gladia-jobs get' shows it: id, kind, status, created, completed, file, languages, speakers, add-ons, error code. With include_result, the whole job as Gladia's JSON instead (transcript, utterances and add-ons included).")]
    public async Task<string> GetJob(
        [Description("The job's id.")] string id,
        [Description("Return the whole job as JSON, result included.")] bool include_result = false,
        [Description(FilterDescriptions.KindOfId)] string? kind = null,
        CancellationToken cancellationToken = default)
    {
        var collections = Collections(kind, KindChoice.All);
        if (include_result)
        {
            return Value((await JobCollection.FirstFoundAsync(collections, c => c.GetJsonAsync(id, cancellationToken)).ConfigureAwait(false)).Result, id);
        }

        var job = Value((await JobCollection.FirstFoundAsync(collections, c => c.GetAsync(id, cancellationToken)).ConfigureAwait(false)).Result, id);
        return string.Join('\n', JobSummary.Lines(job.View));
    }

    [McpServerTool(Name = "get_transcript", Title = "Get a transcript", ReadOnly = true, Idempotent = true, Destructive = false, OpenWorld = true)]
    [Description("A done job's transcript, rendered by the library: plain text (one line per utterance, with its speaker), or SRT or WebVTT subtitles.")]
    public async Task<string> GetTranscript(
        [Description("The job's id.")] string id,
        [Description("text (default), srt or vtt.")] string format = "text",
        [Description(FilterDescriptions.KindOfId)] string? kind = null,
        CancellationToken cancellationToken = default)
    {
        var collections = Collections(kind, KindChoice.All);
        var render = format.ToUpperInvariant() switch
        {
            "TEXT" => (Func<Job, Either<PreRecordedError, string>>)(job => Transcripts.PlainText(job)),
            "SRT" => job => Transcripts.Srt(job),
            "VTT" => job => Transcripts.Vtt(job),
            _ => throw new McpException($"bad format '{format}': use text, srt or vtt"),
        };
        var job = Value((await JobCollection.FirstFoundAsync(collections, c => c.GetAsync(id, cancellationToken)).ConfigureAwait(false)).Result, id);
        return Value(render(job.View), id);
    }

    [McpServerTool(Name = "delete_job", Title = "Delete a job", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = true)]
    [Description("DESTRUCTIVE: deletes one job and its data (audio, transcript, results) at Gladia, for good. Refuses unless confirm is true: ask the user first. Queued and processing jobs cannot be deleted until they finish.")]
    public async Task<string> DeleteJob(
        [Description("The job's id.")] string id,
        [Description("Must be true to delete: the deletion cannot be undone.")] bool confirm = false,
        [Description(FilterDescriptions.KindToDelete)] string? kind = null,
        CancellationToken cancellationToken = default)
    {
        var collections = Collections(kind, KindChoice.PreRecorded);
        if (!confirm)
        {
            throw new McpException($"delete_job deletes job '{id}' and its data for good: nothing was deleted. Ask the user, then call again with confirm: true.");
        }

        var (deletedFrom, deleted) = await JobCollection.FirstFoundAsync(collections, c => c.Api.DeleteAsync(id, cancellationToken)).ConfigureAwait(false);
        Value(deleted, id);
        return $"deleted job '{id}'{Kinds.Tag(Kinds.Shown(collections), deletedFrom.Kind)}";
    }

    [McpServerTool(Name = "prune_jobs", Title = "Prune jobs", ReadOnly = false, Idempotent = true, Destructive = true, OpenWorld = true)]
    [Description("Retention in bulk, as 'gladia-jobs prune': every finished job matching the filters, pre-recorded by default, live sessions or both with kind (all answers a deletion request: metadata {\"userId\": \"u-42\"}, kind all). A DRY RUN unless confirm is true: it returns the report (how many, hours of audio, oldest and newest, the ids, skipped and failed with reasons) and deletes nothing. With confirm: true it deletes only the jobs a dry run with the same filters lists, and refuses when more than max_jobs (default 100) would go. Queued and processing jobs are skipped.")]
    public async Task<string> PruneJobs(
        [Description("Only jobs in these statuses: done, error (queued and processing ones are never deleted).")] string[]? status = null,
        [Description(FilterDescriptions.Date)] string? date = null,
        [Description(FilterDescriptions.After)] string? after = null,
        [Description(FilterDescriptions.Before)] string? before = null,
        [Description(FilterDescriptions.Metadata)] Dictionary<string, string>? metadata = null,
        [Description("Must be true to delete; otherwise this is a dry run.")] bool confirm = false,
        [Description("The most jobs a confirmed prune may delete (default 100); raise it only when the user agreed to the dry run's count.")] int max_jobs = DefaultMaxJobs,
        [Description(FilterDescriptions.Kind)] string? kind = null,
        CancellationToken cancellationToken = default)
    {
        var collections = Collections(kind, KindChoice.PreRecorded);
        if (max_jobs < 0)
        {
            throw new McpException($"bad max_jobs {max_jobs}: give 0 or more");
        }

        var query = Query(status, date, after, before, metadata, limit: null, offset: null, defaultLimit: 100);
        var dryRun = await CollectAsync(collections, query, new BulkDeleteOptions { DryRun = true }, cancellationToken).ConfigureAwait(false);
        var listed = PruneReports.Build(dryRun, dryRun: true, [], new Dictionary<string, string>(), describe);
        if (listed.ListingError is { } listingError)
        {
            throw new McpException(listingError);
        }

        if (!confirm)
        {
            return Report(listed);
        }

        if (listed.WouldDelete.Count > max_jobs)
        {
            throw new McpException($"{listed.WouldDelete.Count} jobs would be deleted, more than max_jobs ({max_jobs}): nothing was deleted. Show the user the dry run; with their agreement, call again with max_jobs: {listed.WouldDelete.Count}.");
        }

        // Only what the dry run listed, refused as prune refuses ids outside those given: a job that started matching
        // since (just created, or just finished) is left alone, and out of the report.
        var chosen = listed.WouldDelete.ToHashSet(StringComparer.Ordinal);
        var options = new BulkDeleteOptions { DryRun = false, BeforeDelete = PruneCommand.BeforeDelete(chosen, archiver: null) };
        var outcomes = await CollectAsync(collections, query, options, cancellationToken).ConfigureAwait(false);
        var kept = outcomes.Where(o => o is not DeleteOutcome.Failed { Error: var e } || e != PruneCommand.NotChosen).ToList();
        return Report(PruneReports.Build(kept, dryRun: false, [], new Dictionary<string, string>(), describe));
    }

    // Each kind in turn, pre-recorded first; a listing failure ends the walk there.
    private static async Task<List<DeleteOutcome>> CollectAsync(
        IReadOnlyList<JobCollection> collections, JobQuery query, BulkDeleteOptions options, CancellationToken cancellationToken)
    {
        var outcomes = new List<DeleteOutcome>();
        foreach (var jobs in collections)
        {
            outcomes.AddRange(await jobs.Api.DeleteAllAsync(query, options, cancellationToken).ToListAsync(cancellationToken).ConfigureAwait(false));
            if (outcomes.Any(o => o is DeleteOutcome.ListingFailed))
            {
                break;
            }
        }

        return outcomes;
    }

    // The collections a tool's kind argument names (its default when absent), or the tool's refusal.
    private IReadOnlyList<JobCollection> Collections(string? kind, KindChoice otherwise) =>
        collectionsOf(kind is null ? otherwise : KindOption.Parse(kind) ?? throw new McpException(KindOption.Bad(kind, "kind")));

    private static string Report(PruneReport report) => PruneReports.Headline(report) + "\n" + JsonSerializer.Serialize(report, McpJson.Default.PruneReport);

    private static JobQuery Query(
        string[]? status, string? date, string? after, string? before, Dictionary<string, string>? metadata, int? limit, int? offset, int defaultLimit)
    {
        foreach (var given in status ?? [])
        {
            if (!JobStatus.Known.Any(known => known.Value == given))
            {
                throw new McpException($"bad status '{given}': use {string.Join(", ", JobStatus.Known.Select(s => s.Value))}");
            }
        }

        return new Filters(
            status ?? [],
            Parse(date, "date", Filters.DayExample, Filters.Day),
            Parse(after, "after", Filters.InstantExample, Filters.Instant),
            Parse(before, "before", Filters.InstantExample, Filters.Instant),
            [.. metadata ?? []],
            limit,
            offset).Query(defaultLimit);
    }

    private static T? Parse<T>(string? text, string name, string example, Func<string, T?> parse)
        where T : struct =>
        text is null ? null : parse(text) ?? throw new McpException(Filters.BadDate(text, name, example));

    // The value, or the failure as the tool's error (the command line's line for it, which never holds the key).
    private T Value<T>(Either<PreRecordedError, T> result, string? jobId) =>
        result.Case is T value ? value : throw new McpException(describe((PreRecordedError)result.Case!, jobId));
}
