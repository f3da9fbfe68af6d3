using System.CommandLine;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary><c>list</c>: one page of jobs, or every page with <c>--all</c>, with every list filter.</summary>
internal static class ListCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var filters = new FilterOptions();
        var output = new OutputOptions();
        var all = new Option<bool>("--all") { Description = "Walk every page, not only the first (pages of --limit, default 100)." };
        var kind = KindOption.Option("Which jobs: pre-recorded (default), live (sessions) or all (both, with a kind column; without --all, the first page of each, newest first).");
        var command = new Command("list", Help.Describe(
            "List jobs, newest first: a table on a terminal, tab-separated lines in a pipe.",
            "gladia-jobs list --status error --after 2026-09-01",
            "gladia-jobs list --all --kind all --metadata userId=u-42 --json > jobs.json",
            "gladia-jobs list --all --status error --ids | gladia-jobs delete --yes -"));
        filters.AddTo(command);
        command.Options.Add(all);
        command.Options.Add(kind);
        output.AddTo(command);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var walkAll = parsed.GetValue(all);
            var query = filters.Query(parsed, walkAll ? 100 : 20);
            var format = output.Choose(parsed, environment.IsTerminal);
            var collections = session.Collections(KindOption.Of(parsed, kind));
            return walkAll
                ? await WalkAsync(session, collections, query, format, cancellationToken).ConfigureAwait(false)
                : await PageAsync(session, collections, query, format, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    // One page of each kind asked for, newest first when there are several.
    private static async Task<int> PageAsync(Session session, IReadOnlyList<JobCollection> collections, JobQuery query, JobOutput format, CancellationToken cancellationToken)
    {
        var jobs = new List<JobEnvelope>();
        foreach (var collection in collections)
        {
            var page = await collection.Api.ListEnvelopesAsync(query, cancellationToken).ConfigureAwait(false);
            if (page.Case is not JobEnvelopePage found)
            {
                session.Fail((PreRecordedError)page.Case!);
                return ExitCodes.SomeFailed;
            }

            jobs.AddRange(found.Items);
        }

        var shown = Kinds.Shown(collections);
        Write(session.Environment, collections.Count == 1 ? jobs : [.. jobs.OrderByDescending(j => j.CreatedAt)], format, shown);
        return ExitCodes.Success;
    }

    // Each kind asked for in turn, pre-recorded first.
    private static async Task<int> WalkAsync(Session session, IReadOnlyList<JobCollection> collections, JobQuery query, JobOutput format, CancellationToken cancellationToken)
    {
        var environment = session.Environment;
        var jobs = new List<JobEnvelope>();
        var shown = Kinds.Shown(collections);
        PreRecordedError? failure = null;

        async Task Walk(Action<int> counted)
        {
            foreach (var collection in collections)
            {
                await foreach (var item in collection.Api.ListAllEnvelopesAsync(query, cancellationToken).ConfigureAwait(false))
                {
                    if (item.Case is not JobEnvelope job)
                    {
                        failure = (PreRecordedError)item.Case!;
                        return;
                    }

                    // Lines go out as they come, so a pipe sees the first jobs before the walk ends.
                    if (format is JobOutput.Jsonl or JobOutput.Ids or JobOutput.Plain)
                    {
                        Write(environment, [job], format, shown);
                    }
                    else
                    {
                        jobs.Add(job);
                    }

                    counted(jobs.Count);
                }
            }
        }

        if (format == JobOutput.Table)
        {
            await environment.Out.Status().StartAsync("Listing…", context => Walk(n => context.Status($"Listing… {n} jobs"))).ConfigureAwait(false);
        }
        else
        {
            await Walk(_ => { }).ConfigureAwait(false);
        }

        if (format is JobOutput.Table or JobOutput.Json)
        {
            Write(environment, jobs, format, shown);
        }

        if (failure is not null)
        {
            session.Fail(failure);
            return ExitCodes.SomeFailed;
        }

        return ExitCodes.Success;
    }

    private static void Write(CliEnvironment environment, List<JobEnvelope> jobs, JobOutput format, bool shown)
    {
        switch (format)
        {
            case JobOutput.Table:
                environment.Out.Write(JobTable.For(jobs, shown));
                environment.Out.WriteLine($"{jobs.Count} jobs");
                break;
            case JobOutput.Json:
                environment.Line(JobJson.Array(jobs));
                break;
            default:
                foreach (var job in jobs)
                {
                    environment.Line(format switch
                    {
                        JobOutput.Jsonl => JobJson.Line(job),
                        JobOutput.Ids => job.Id,
                        _ => JobTable.Plain(job, shown),
                    });
                }

                break;
        }
    }
}
