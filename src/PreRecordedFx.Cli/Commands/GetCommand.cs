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
        var json = new Option<bool>("--json") { Description = "Write the job as JSON, in Gladia's wire format." };
        var command = new Command("get", "Show one job: status, dates, file, languages, speakers, add-ons, error code.");
        command.Arguments.Add(id);
        command.Options.Add(transcript);
        command.Options.Add(json);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var jobId = parsed.GetRequiredValue(id);
            var found = await session.Jobs.GetAsync(jobId, cancellationToken).ConfigureAwait(false);
            if (found.Case is not Job job)
            {
                session.Fail((PreRecordedError)found.Case!, jobId);
                return ExitCodes.SomeFailed;
            }

            if (parsed.GetValue(json))
            {
                environment.Line(JobJson.Indented(job));
                return ExitCodes.Success;
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
        var summary = JobSummary.Of(job);
        if (!environment.IsTerminal)
        {
            foreach (var (name, value) in summary)
            {
                environment.Line($"{name}:\t{value}");
            }

            return;
        }

        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (name, value) in summary)
        {
            grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), new Text(value));
        }

        environment.Out.Write(grid);
    }
}
