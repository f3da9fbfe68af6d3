using System.CommandLine;
using System.Globalization;

namespace PreRecordedFx.Cli;

/// <summary><c>wait &lt;id&gt;</c>: polls a job until it is done or in error, then shows it as <c>get</c> does.</summary>
internal static class WaitCommand
{
    private const int MaxTimeoutSeconds = 86_400;

    public static Command Create(CliEnvironment environment)
    {
        var id = new Argument<string>("id") { Description = "The job's id." };
        var timeout = new Option<int>("--timeout")
        {
            Description = $"How long to wait in all, in seconds (1-{MaxTimeoutSeconds}).",
            DefaultValueFactory = _ => 600,
        };
        Ranges.Require(timeout, 1, MaxTimeoutSeconds, $"bad --timeout: give a number of seconds from 1 to {MaxTimeoutSeconds}");
        var json = new Option<bool>("--json") { Description = "Write the finished job as JSON, in Gladia's wire format." };
        var kind = KindOption.Option($"Which kind the id is: pre-recorded (default), live or all ({KindOption.SingleIdNote}).");
        var command = new Command("wait", Help.Describe(
            "Wait until a job is done or in error (exit 0 when done, 1 when in error or still pending).",
            "gladia-jobs wait 45463597-20b7-4af7-b3b3-f5fb778203ab",
            "gladia-jobs wait 45463597-20b7-4af7-b3b3-f5fb778203ab --timeout 3600 --json > job.json",
            "gladia-jobs wait 45463597-20b7-4af7-b3b3-f5fb778203ab && gladia-jobs export 45463597-20b7-4af7-b3b3-f5fb778203ab -o ./exports"));
        command.Arguments.Add(id);
        command.Options.Add(timeout);
        command.Options.Add(json);
        command.Options.Add(kind);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var jobId = parsed.GetRequiredValue(id);
            var budget = TimeSpan.FromSeconds(parsed.GetValue(timeout));
            var collections = session.Collections(KindOption.Of(parsed, kind));

            // With all, one read finds the id's kind (pre-recorded first); the wait then polls only that collection.
            var collection = collections.Count == 1
                ? collections[0]
                : (await JobCollection.FirstFoundAsync(collections, c => c.GetAsync(jobId, cancellationToken)).ConfigureAwait(false)).Collection;
            var finished = await collection.WaitUntilFinishedAsync(jobId, new WaitOptions { Budget = budget }, cancellationToken).ConfigureAwait(false);
            if (finished.Case is not FoundJob { View: var job } found)
            {
                session.Fail((PreRecordedError)finished.Case!, jobId);
                return ExitCodes.SomeFailed;
            }

            if (parsed.GetValue(json))
            {
                environment.Line(found.Json);
            }
            else
            {
                GetCommand.WriteSummary(environment, job);
            }

            if (job.Status == JobStatus.Done)
            {
                return ExitCodes.Success;
            }

            var code = job.ErrorCode.Match(Some: c => c.ToString(CultureInfo.InvariantCulture), None: () => "none");
            session.Fail($"job '{jobId}' finished in error (error code {code})");
            return ExitCodes.SomeFailed;
        });
        return command;
    }
}
