using System.CommandLine;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary><c>delete &lt;id&gt;…</c>: deletes jobs, after a confirmation on a terminal unless <c>--yes</c>.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var ids = new Argument<string[]>("id") { Description = "The jobs to delete.", Arity = ArgumentArity.OneOrMore };
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking (needed when no one is at a terminal)." };
        var command = new Command("delete", "Delete jobs and their data. This cannot be undone.");
        command.Arguments.Add(ids);
        command.Options.Add(yes);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var jobIds = parsed.GetRequiredValue(ids).Distinct(StringComparer.Ordinal).ToList();
            if (!parsed.GetValue(yes))
            {
                if (!environment.CanPrompt)
                {
                    session.Fail("refusing to delete without confirmation: pass --yes");
                    return ExitCodes.BadUsage;
                }

                var noun = jobIds.Count == 1 ? "job" : "jobs";
                if (!await new ConfirmationPrompt($"Delete {jobIds.Count} {noun} ({Markup.Escape(string.Join(", ", jobIds.Take(3)))}{(jobIds.Count > 3 ? ", …" : string.Empty)})? This cannot be undone.") { DefaultValue = false }
                        .ShowAsync(environment.Out, cancellationToken).ConfigureAwait(false))
                {
                    environment.Line("Nothing deleted.");
                    return ExitCodes.Success;
                }
            }

            var failed = 0;
            foreach (var jobId in jobIds)
            {
                var deleted = await session.Jobs.DeleteAsync(jobId, cancellationToken).ConfigureAwait(false);
                deleted.Match(
                    Right: _ => environment.Line($"deleted {jobId}"),
                    Left: error =>
                    {
                        failed++;
                        session.Fail(error, jobId);
                    });
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
