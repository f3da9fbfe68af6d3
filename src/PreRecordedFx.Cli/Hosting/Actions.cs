using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>
/// Runs a command's body in a session; a missing key or a bad address ends it with exit 2 before any call, and an
/// interruption (Ctrl+C, SIGTERM) with one line saying what was done and exit 130.
/// </summary>
internal static class Actions
{
    public static void Set(Command command, CliEnvironment environment, Func<Session, ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var session = Session.Open(parsed, environment);
            if (session is null)
            {
                return ExitCodes.BadUsage;
            }

            try
            {
                return await body(session, parsed, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                environment.Error.WriteLine(Interrupted(session.Done));
                return ExitCodes.Interrupted;
            }
        });

    /// <summary>The one line an interrupted command prints.</summary>
    public static string Interrupted(Tally done) =>
        $"gladia-jobs: interrupted: {done} so far; run the same command again to continue";
}
