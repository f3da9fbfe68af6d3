using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary><c>delete &lt;id&gt;…</c>: deletes jobs, after a confirmation on a terminal unless <c>--yes</c>.</summary>
internal static class DeleteCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var ids = new Argument<string[]>("id") { Description = "The jobs to delete; '-' reads ids from standard input, one per line.", Arity = ArgumentArity.OneOrMore };
        var yes = new Option<bool>("--yes", "-y") { Description = "Delete without asking (needed when no one is at a terminal)." };
        var json = JsonReport.Option();
        var kind = KindOption.Option($"Which kind the ids are: pre-recorded (default), live or all ({KindOption.SingleIdNote}).");
        var command = new Command("delete", Help.Describe(
            "Delete jobs and their data. This cannot be undone.",
            "gladia-jobs delete 45463597-20b7-4af7-b3b3-f5fb778203ab",
            "gladia-jobs list --status error --ids | gladia-jobs delete --yes -",
            "gladia-jobs delete --yes --json --kind all 45463597-20b7-4af7-b3b3-f5fb778203ab 8b1a4c2e-6f0d-4e55-9a3b-2c7d9e1f0a42"));
        command.Arguments.Add(ids);
        command.Options.Add(yes);
        command.Options.Add(json);
        command.Options.Add(kind);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            session.Json = parsed.GetValue(json);
            var jobIds = JobIds.Of(parsed, ids, environment);
            var collections = session.Collections(KindOption.Of(parsed, kind));
            if (!parsed.GetValue(yes))
            {
                if (!environment.CanPrompt || parsed.GetRequiredValue(ids).Contains(JobIds.FromInput))
                {
                    session.Fail("refusing to delete without confirmation: pass --yes");
                    return ExitCodes.BadUsage;
                }

                var noun = (jobIds.Count == 1 ? "job" : "jobs") + Kinds.Phrase(collections);
                if (!await new ConfirmationPrompt($"Delete {jobIds.Count} {noun} ({Markup.Escape(string.Join(", ", jobIds.Take(3)))}{(jobIds.Count > 3 ? ", …" : string.Empty)})? This cannot be undone.") { DefaultValue = false }
                        .ShowAsync(environment.Out, cancellationToken).ConfigureAwait(false))
                {
                    environment.Line("Nothing deleted.");
                    return ExitCodes.Success;
                }
            }

            var deleted = new List<(string Id, string Kind)>();
            var failed = new List<JobFailure>();
            var shown = Kinds.Shown(collections);
            foreach (var jobId in jobIds)
            {
                var (collection, outcome) = await JobCollection.FirstFoundAsync(collections, c => c.Api.DeleteAsync(jobId, cancellationToken)).ConfigureAwait(false);
                outcome.Match(
                    Right: _ =>
                    {
                        deleted.Add((jobId, collection.Kind));
                        session.Done.Add("deleted");
                        session.Say($"deleted {jobId}{Kinds.Tag(shown, collection.Kind)}");
                    },
                    Left: error =>
                    {
                        failed.Add(new JobFailure(jobId, session.Describe(error, jobId)));
                        session.Fail(error, jobId);
                    });
            }

            if (session.Json)
            {
                environment.Line(JsonSerializer.Serialize(new DeleteReport([.. deleted.Select(d => d.Id)], failed, Kinds.Map(deleted)), CliJson.Default.DeleteReport));
            }

            return failed.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
