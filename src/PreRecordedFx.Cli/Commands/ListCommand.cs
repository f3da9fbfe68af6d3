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
        var command = new Command("list", Help.Describe(
            "List jobs, newest first: a table on a terminal, tab-separated lines in a pipe.",
            "gladia-jobs list --status error --after 2026-09-01",
            "gladia-jobs list --all --metadata team=support --json > jobs.json",
            "gladia-jobs list --all --status error --ids | gladia-jobs delete --yes -"));
        filters.AddTo(command);
        command.Options.Add(all);
        output.AddTo(command);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var walkAll = parsed.GetValue(all);
            var query = filters.Query(parsed, walkAll ? 100 : 20);
            var format = output.Choose(parsed, environment.IsTerminal);
            return walkAll
                ? await WalkAsync(session, query, format, cancellationToken).ConfigureAwait(false)
                : await PageAsync(session, query, format, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> PageAsync(Session session, JobQuery query, JobOutput format, CancellationToken cancellationToken)
    {
        var page = await session.Jobs.ListEnvelopesAsync(query, cancellationToken).ConfigureAwait(false);
        return page.Match(
            Right: found =>
            {
                Write(session.Environment, found.Items, format);
                return ExitCodes.Success;
            },
            Left: error =>
            {
                session.Fail(error);
                return ExitCodes.SomeFailed;
            });
    }

    private static async Task<int> WalkAsync(Session session, JobQuery query, JobOutput format, CancellationToken cancellationToken)
    {
        var environment = session.Environment;
        var jobs = new List<JobEnvelope>();
        PreRecordedError? failure = null;

        async Task Walk(Action<int> counted)
        {
            await foreach (var item in session.Jobs.ListAllEnvelopesAsync(query, cancellationToken).ConfigureAwait(false))
            {
                if (item.Case is not JobEnvelope job)
                {
                    failure = (PreRecordedError)item.Case!;
                    return;
                }

                // Lines go out as they come, so a pipe sees the first jobs before the walk ends.
                if (format is JobOutput.Jsonl or JobOutput.Ids or JobOutput.Plain)
                {
                    Write(environment, [job], format);
                }
                else
                {
                    jobs.Add(job);
                }

                counted(jobs.Count);
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
            Write(environment, jobs, format);
        }

        if (failure is not null)
        {
            session.Fail(failure);
            return ExitCodes.SomeFailed;
        }

        return ExitCodes.Success;
    }

    private static void Write(CliEnvironment environment, IReadOnlyList<JobEnvelope> jobs, JobOutput format)
    {
        switch (format)
        {
            case JobOutput.Table:
                environment.Out.Write(JobTable.For(jobs));
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
                        _ => JobTable.Plain(job),
                    });
                }

                break;
        }
    }
}
