using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using LanguageExt;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary>
/// <c>prune</c>: retention in bulk over the library's <see cref="JobsApi.DeleteAllAsync"/>. A dry run unless
/// <c>--yes</c>; with <c>--archive</c> each job is exported first and deleted only when its export is complete.
/// </summary>
internal static class PruneCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var filters = new FilterOptions();
        var ids = new Argument<string[]>("id") { Description = "Only these jobs (among those the filters match); '-' reads ids from standard input, one per line.", Arity = ArgumentArity.ZeroOrMore };
        var yes = new System.CommandLine.Option<bool>("--yes", "-y") { Description = "Delete for real. Without it, prune only shows what it would delete." };
        var archive = new System.CommandLine.Option<string?>("--archive") { Description = "Export each job into this folder first (as export does, audio included); a job whose export fails, or whose audio is unavailable, is not deleted." };
        var allowMissingAudio = new System.CommandLine.Option<bool>("--allow-missing-audio") { Description = "With --archive, delete a job whose audio answered 404 (for accounts that never keep audio)." };
        var report = new System.CommandLine.Option<string?>("--report") { Description = "Also write the report to this file, as JSON." };
        var json = JsonReport.Option();
        var sample = new System.CommandLine.Option<int>("--sample") { Description = "How many of the matching jobs to show.", DefaultValueFactory = _ => 5 };
        var concurrency = Concurrency.Option("deletes");
        var kind = KindOption.Option("Which jobs: pre-recorded (default), live (sessions) or all (both: pre-recorded first, then live; the report names each job's kind).");
        var command = new Command("prune", Help.Describe(
            "Delete every job matching the filters (retention). A dry run unless --yes; queued and processing jobs are skipped.",
            "gladia-jobs prune --kind all --metadata userId=u-42 --yes",
            "gladia-jobs prune --before 2026-01-01 --archive ./archive --yes --json > report.json",
            "gladia-jobs list --status error --ids | gladia-jobs prune --yes -"));
        filters.AddTo(command);
        command.Arguments.Add(ids);
        foreach (var option in new System.CommandLine.Option[] { yes, archive, allowMissingAudio, report, json, sample, concurrency, kind })
        {
            command.Options.Add(option);
        }

        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            session.Json = parsed.GetValue(json);
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

            var collections = session.Collections(KindOption.Of(parsed, kind));
            var chosen = parsed.GetValue(ids) is { Length: > 0 } ? new System.Collections.Generic.HashSet<string>(JobIds.Of(parsed, ids, environment), StringComparer.Ordinal) : null;
            var archiver = archiveFolder is null
                ? null
                : new Archiver(new JobExporter(archiveFolder, withAudio: true), collections, archiveFolder, await ManifestWriter.OpenAsync(archiveFolder, cancellationToken).ConfigureAwait(false), parsed.GetValue(allowMissingAudio), session);
            var options = new BulkDeleteOptions
            {
                DryRun = !parsed.GetValue(yes),
                MaxConcurrency = parsed.GetValue(concurrency),
                BeforeDelete = BeforeDelete(chosen, archiver),
            };
            if (!options.DryRun && Kinds.Shown(collections))
            {
                // Said before anything goes: which kinds, since live sessions were never pruned before.
                session.Say($"deleting every job{Kinds.Phrase(collections)} that the filters match");
            }

            var outcomes = await CollectAsync(session, collections, filters.Query(parsed, 100), options, chosen, cancellationToken).ConfigureAwait(false);
            var result = PruneReports.Build(outcomes, options.DryRun, archiver?.Archived ?? [], archiver?.Kept ?? new Dictionary<string, string>(), session.Describe);
            if (chosen is not null && result.ListingError is null)
            {
                var matched = outcomes.Select(PruneReports.Job).OfType<JobEnvelope>().Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
                result = PruneReports.WithUnmatched(result, chosen.Where(id => !matched.Contains(id)));
            }

            var serialized = JsonSerializer.Serialize(result, CliJson.Default.PruneReport);
            if (session.Json)
            {
                environment.Line(serialized);
            }
            else
            {
                Show(environment, result, outcomes, parsed.GetValue(sample), Kinds.Shown(collections));
            }

            if (result.ListingError is not null)
            {
                session.Fail(result.ListingError);
            }

            if (reportFile is not null)
            {
                AtomicFile.WriteAllText(reportFile, serialized);
            }

            return result.Failed.Count == 0 && result.ListingError is null ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    // Jobs outside the ids asked for are refused before anything happens to them (and left out of the report).
    internal static Func<JobEnvelope, CancellationToken, Task<Either<PreRecordedError, Unit>>>? BeforeDelete(
        System.Collections.Generic.HashSet<string>? chosen, Archiver? archiver)
    {
        if (chosen is null)
        {
            return archiver is null ? null : archiver.ArchiveAsync;
        }

        return async (job, cancellationToken) => !chosen.Contains(job.Id)
            ? NotChosen
            : archiver is null ? Unit.Default : await archiver.ArchiveAsync(job, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Why <see cref="BeforeDelete"/> refused a job outside the ids given.</summary>
    internal static readonly PreRecordedError NotChosen = new PreRecordedError.InvalidArgument("id", "not among the ids given");

    // Each kind in turn, pre-recorded first; a listing failure stops the prune there (the next kind is not touched).
    private static async Task<List<DeleteOutcome>> CollectAsync(
        Session session,
        IReadOnlyList<JobCollection> collections,
        JobQuery query,
        BulkDeleteOptions options,
        System.Collections.Generic.HashSet<string>? chosen,
        CancellationToken cancellationToken)
    {
        var outcomes = new List<DeleteOutcome>();
        async Task Walk(Action<int> counted)
        {
            foreach (var collection in collections)
            {
                await foreach (var outcome in collection.Api.DeleteAllAsync(query, options, cancellationToken).ConfigureAwait(false))
                {
                    if (chosen is not null && PruneReports.Job(outcome) is { } job && !chosen.Contains(job.Id))
                    {
                        continue;
                    }

                    if (outcome is DeleteOutcome.Deleted)
                    {
                        session.Done.Add("deleted");
                    }

                    outcomes.Add(outcome);
                    counted(outcomes.Count);
                }

                if (outcomes.Any(o => o is DeleteOutcome.ListingFailed))
                {
                    return;
                }
            }
        }

        if (session.Environment.IsTerminal && !session.Json)
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

    private static void Show(CliEnvironment environment, PruneReport report, List<DeleteOutcome> outcomes, int sample, bool kinds)
    {
        var count = report.DryRun ? report.WouldDelete.Count : report.Deleted.Count;
        environment.Line(PruneReports.Headline(report));
        if (report.DryRun && sample > 0 && count > 0)
        {
            var shown = outcomes.OfType<DeleteOutcome.WouldDelete>().Take(sample).Select(w => w.Job).ToList();
            if (environment.IsTerminal)
            {
                environment.Out.Write(JobTable.For(shown, kinds));
            }
            else
            {
                shown.ForEach(job => environment.Line("  " + JobTable.Plain(job, kinds)));
            }
        }

        if (report.Archived.Count > 0)
        {
            environment.Line($"archived {report.Archived.Count} jobs");
        }

        environment.Line($"skipped {report.Skipped.Count} jobs");
        foreach (var skipped in report.Skipped)
        {
            environment.Line(PruneReports.Line(report, skipped));
        }

        environment.Line($"failed {report.Failed.Count} jobs");
        foreach (var failed in report.Failed)
        {
            environment.Line(PruneReports.Line(report, failed));
        }

        if (report.DryRun)
        {
            environment.Line(count == 0 ? "Nothing to delete." : "Nothing was deleted: run again with --yes to delete them.");
        }
    }
}
