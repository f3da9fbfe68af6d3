using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using LanguageExt;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary>
/// <c>prune</c>: retention in bulk over the library's <see cref="PreRecordedJobs.DeleteAllAsync"/>. A dry run unless
/// <c>--yes</c>; with <c>--archive</c> each job is exported first and deleted only when its export is complete.
/// </summary>
internal static class PruneCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var filters = new FilterOptions();
        var yes = new System.CommandLine.Option<bool>("--yes", "-y") { Description = "Delete for real. Without it, prune only shows what it would delete." };
        var archive = new System.CommandLine.Option<string?>("--archive") { Description = "Export each job into this folder first (as export does); a job whose export fails is not deleted." };
        var report = new System.CommandLine.Option<string?>("--report") { Description = "Also write the report to this file, as JSON." };
        var sample = new System.CommandLine.Option<int>("--sample") { Description = "How many of the matching jobs to show.", DefaultValueFactory = _ => 5 };
        var concurrency = Concurrency.Option("deletes");
        var command = new Command("prune", "Delete every job matching the filters (retention). A dry run unless --yes; queued and processing jobs are skipped.");
        filters.AddTo(command);
        foreach (var option in new System.CommandLine.Option[] { yes, archive, report, sample, concurrency })
        {
            command.Options.Add(option);
        }

        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var archiveFolder = parsed.GetValue(archive);
            var reportFile = parsed.GetValue(report);
            foreach (var folder in new[] { archiveFolder, reportFile is null ? null : Path.GetDirectoryName(Path.GetFullPath(reportFile)) })
            {
                if (folder is not null && Folders.Create(folder) is { } problem)
                {
                    session.Fail(problem);
                    return ExitCodes.BadUsage;
                }
            }

            var archived = new ConcurrentBag<ManifestEntry>();
            var options = new BulkDeleteOptions
            {
                DryRun = !parsed.GetValue(yes),
                MaxConcurrency = parsed.GetValue(concurrency),
                BeforeDelete = archiveFolder is null ? null : Archive(new JobExporter(session.Jobs, archiveFolder, withAudio: true), archiveFolder, archived, session),
            };
            var outcomes = await CollectAsync(session, filters.Query(parsed, 100), options, cancellationToken).ConfigureAwait(false);
            if (archiveFolder is not null && !archived.IsEmpty)
            {
                await Manifest.WriteAsync(archiveFolder, archived, cancellationToken).ConfigureAwait(false);
            }

            var result = Report(outcomes, options.DryRun, [.. archived.Where(a => a.Complete).Select(a => a.Id)], session);
            Show(environment, result, outcomes, parsed.GetValue(sample));
            if (result.ListingError is not null)
            {
                session.Fail(result.ListingError);
            }

            if (reportFile is not null)
            {
                await File.WriteAllTextAsync(reportFile, JsonSerializer.Serialize(result, CliJson.Default.PruneReport), cancellationToken).ConfigureAwait(false);
            }

            return result.Failed.Count == 0 && result.ListingError is null ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static Func<Job, CancellationToken, Task<Either<PreRecordedError, Unit>>> Archive(
        JobExporter exporter, string root, ConcurrentBag<ManifestEntry> archived, Session session) =>
        async (job, cancellationToken) =>
        {
            var exported = await exporter.ExportAsync(job.Id, cancellationToken).ConfigureAwait(false);
            archived.Add(exported.Match(Right: e => Manifest.Entry(root, e), Left: error => Manifest.Failure(job.Id, session.Describe(error, job.Id))));
            return exported.Map(_ => Unit.Default);
        };

    private static async Task<List<DeleteOutcome>> CollectAsync(Session session, JobQuery query, BulkDeleteOptions options, CancellationToken cancellationToken)
    {
        var outcomes = new List<DeleteOutcome>();
        async Task Walk(Action<int> counted)
        {
            await foreach (var outcome in session.Jobs.DeleteAllAsync(query, options, cancellationToken).ConfigureAwait(false))
            {
                outcomes.Add(outcome);
                counted(outcomes.Count);
            }
        }

        if (session.Environment.IsTerminal)
        {
            var verb = options.DryRun ? "Listing" : "Pruning";
            await session.Environment.Out.Status().StartAsync($"{verb}…", context => Walk(n => context.Status($"{verb}… {n} jobs settled"))).ConfigureAwait(false);
        }
        else
        {
            await Walk(_ => { }).ConfigureAwait(false);
        }

        return outcomes;
    }

    private static PruneReport Report(List<DeleteOutcome> outcomes, bool dryRun, IReadOnlyList<string> archived, Session session)
    {
        var removed = outcomes.Select(o => o switch
        {
            DeleteOutcome.Deleted d => d.Job,
            DeleteOutcome.WouldDelete w => w.Job,
            _ => null,
        }).OfType<Job>().ToList();
        return new PruneReport(
            dryRun,
            outcomes.Count(o => o is not DeleteOutcome.ListingFailed),
            Math.Round(removed.Sum(Formats.AudioSeconds) / 3600, 3),
            removed.Count == 0 ? null : removed.Min(j => j.CreatedAt),
            removed.Count == 0 ? null : removed.Max(j => j.CreatedAt),
            [.. outcomes.OfType<DeleteOutcome.Deleted>().Select(d => d.Job.Id)],
            [.. outcomes.OfType<DeleteOutcome.WouldDelete>().Select(w => w.Job.Id)],
            archived,
            [.. outcomes.OfType<DeleteOutcome.Skipped>().Select(s => new PruneEntry(s.Job.Id, Reason(s.Reason)))],
            [.. outcomes.OfType<DeleteOutcome.Failed>().Select(f => new PruneEntry(f.Job.Id, session.Describe(f.Error, f.Job.Id)))],
            outcomes.OfType<DeleteOutcome.ListingFailed>().Select(l => session.Describe(l.Error, null)).FirstOrDefault());
    }

    private static string Reason(SkipReason reason) => reason switch
    {
        SkipReason.Pending => "queued or processing",
        SkipReason.NotDeletable => "not deletable",
        _ => "already deleted",
    };

    private static void Show(CliEnvironment environment, PruneReport report, List<DeleteOutcome> outcomes, int sample)
    {
        var count = report.DryRun ? report.WouldDelete.Count : report.Deleted.Count;
        var verb = report.DryRun ? "would delete" : "deleted";
        var span = report.Oldest is { } oldest && report.Newest is { } newest
            ? $", created {Formats.Instant(oldest)} to {Formats.Instant(newest)}"
            : string.Empty;
        environment.Line($"{verb} {count} jobs ({Formats.Hours(report.AudioHours * 3600)} of audio{span})");
        if (report.DryRun && sample > 0 && count > 0)
        {
            var shown = outcomes.OfType<DeleteOutcome.WouldDelete>().Take(sample).Select(w => w.Job).ToList();
            if (environment.IsTerminal)
            {
                environment.Out.Write(JobTable.For(shown));
            }
            else
            {
                shown.ForEach(job => environment.Line("  " + JobTable.Plain(job)));
            }
        }

        if (report.Archived.Count > 0)
        {
            environment.Line($"archived {report.Archived.Count} jobs");
        }

        environment.Line($"skipped {report.Skipped.Count} jobs");
        foreach (var skipped in report.Skipped)
        {
            environment.Line($"  {skipped.Id}: {skipped.Reason}");
        }

        environment.Line($"failed {report.Failed.Count} jobs");
        foreach (var failed in report.Failed)
        {
            environment.Line($"  {failed.Id}: {failed.Reason}");
        }

        if (report.DryRun)
        {
            environment.Line(count == 0 ? "Nothing to delete." : "Nothing was deleted: run again with --yes to delete them.");
        }
    }
}
