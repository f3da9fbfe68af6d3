using System.CommandLine;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary><c>get &lt;id&gt;</c>: one job's summary, its transcript, or the job as JSON.</summary>
internal static class GetCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The job's id." };
        var transcript = new Option<bool>("--transcript") { Description = "Write the transcript's text after the summary." };
        var json = new Option<bool>("--json") { Description = "Write the job as the API returned it (JSON, members this tool does not know included)." };
        var kind = KindOption.Option($"Which kind the id is: pre-recorded, live or all (default: all, an id alone decides: {KindOption.SingleIdNote}).");
        var command = new Command("get", Help.Describe(
            "Show one job: status, dates, file, languages, speakers, add-ons, error code.",
            "gladia-jobs get 45463597-20b7-4af7-b3b3-f5fb778203ab",
            "gladia-jobs get 45463597-20b7-4af7-b3b3-f5fb778203ab --transcript --kind live",
            "gladia-jobs get 45463597-20b7-4af7-b3b3-f5fb778203ab --json | jq '.result.transcription.full_transcript'"));
        command.Arguments.Add(id);
        command.Options.Add(transcript);
        command.Options.Add(json);
        command.Options.Add(kind);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var jobId = parsed.GetRequiredValue(id);
            var collections = session.Collections(KindOption.Of(parsed, kind, KindChoice.All));
            if (parsed.GetValue(json))
            {
                var (_, raw) = await JobCollection.FirstFoundAsync(collections, c => c.GetJsonAsync(jobId, cancellationToken)).ConfigureAwait(false);
                return raw.Match(
                    Right: text =>
                    {
                        environment.Line(text);
                        return ExitCodes.Success;
                    },
                    Left: error =>
                    {
                        session.Fail(error, jobId);
                        return ExitCodes.SomeFailed;
                    });
            }

            var (_, found) = await JobCollection.FirstFoundAsync(collections, c => c.GetAsync(jobId, cancellationToken)).ConfigureAwait(false);
            if (found.Case is not FoundJob { View: var job })
            {
                session.Fail((PreRecordedError)found.Case!, jobId);
                return ExitCodes.SomeFailed;
            }

            WriteSummary(environment, job);
            if (!parsed.GetValue(transcript))
            {
                return ExitCodes.Success;
            }

            return Transcripts.PlainText(job).Match(
                Right: text =>
                {
                    environment.Line(string.Empty);
                    environment.Out.Profile.Out.Writer.Write(text);
                    return ExitCodes.Success;
                },
                Left: error =>
                {
                    session.Fail(error, jobId);
                    return ExitCodes.SomeFailed;
                });
        });
        return command;
    }

    internal static void WriteSummary(CliEnvironment environment, Job job)
    {
        if (!environment.IsTerminal)
        {
            foreach (var line in JobSummary.Lines(job))
            {
                environment.Line(line);
            }

            return;
        }

        var summary = JobSummary.Of(job);
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (name, value) in summary)
        {
            grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), new Text(value));
        }

        environment.Out.Write(grid);
    }
}
