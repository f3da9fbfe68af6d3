using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>Runs a command's body in a session; a missing key or a bad address ends it with exit 2 before any call.</summary>
internal static class Actions
{
    public static void Set(Command command, CliEnvironment environment, Func<Session, ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parsed, cancellationToken) =>
        {
            using var session = Session.Open(parsed, environment);
            return session is null ? ExitCodes.BadUsage : await body(session, parsed, cancellationToken).ConfigureAwait(false);
        });
}
