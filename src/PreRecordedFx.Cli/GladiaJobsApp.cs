using System.CommandLine;
using System.CommandLine.Invocation;

namespace PreRecordedFx.Cli;

/// <summary>The <c>gladia-jobs</c> command line: parses, reports usage errors as one line (exit 2), runs a command.</summary>
internal static class GladiaJobsApp
{
    /// <summary>Runs the tool with <paramref name="args"/> in <paramref name="environment"/>.</summary>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var root = Build(environment);
        var parsed = root.Parse(args);
        var output = environment.Out.Profile.Out.Writer;
        if (parsed.Errors.Count > 0)
        {
            environment.Error.WriteLine("gladia-jobs: " + UsageLine(parsed) + " (see 'gladia-jobs --help')");
            return ExitCodes.BadUsage;
        }

        // The process's signals are handled once, in Program.cs, into cancellationToken: not by System.CommandLine too.
        var invocation = new InvocationConfiguration { Output = output, Error = environment.Error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before a command's own handler could count anything (while its session opened).
            environment.Error.WriteLine(Actions.Interrupted(new Tally()));
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A disk that fills up or a file that turns read-only half-way: one line, not a stack trace.
            environment.Error.WriteLine($"gladia-jobs: {e.Message}");
            return ExitCodes.SomeFailed;
        }
    }

    internal static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand(Help.Describe(
            "gladia-jobs: list, inspect, download, export, delete, prune, wait for and start (transcribe) Gladia pre-recorded jobs, and manage live sessions too with --kind live|all. Every command takes --json: one JSON document on standard output, messages on standard error.",
            "gladia-jobs list --status done --after 2026-09-01",
            "gladia-jobs get 45463597-20b7-4af7-b3b3-f5fb778203ab --json",
            "gladia-jobs prune --before 2026-01-01 --archive ./archive --yes"));
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(ListCommand.Create(environment));
        root.Subcommands.Add(GetCommand.Create(environment));
        root.Subcommands.Add(DownloadCommand.Create(environment));
        root.Subcommands.Add(ExportCommand.Create(environment));
        root.Subcommands.Add(DeleteCommand.Create(environment));
        root.Subcommands.Add(PruneCommand.Create(environment));
        root.Subcommands.Add(WaitCommand.Create(environment));
        root.Subcommands.Add(TranscribeCommand.Create(environment));
        root.Subcommands.Add(McpCommand.Create(environment));
        return root;
    }

    // System.CommandLine's own error and typo suggestion ("did you mean"), folded into one line, without the help text.
    private static string UsageLine(ParseResult parsed)
    {
        if (parsed.Action is ParseErrorAction errors)
        {
            errors.ShowHelp = false;
            errors.ShowTypoCorrections = true;
        }

        using var said = new StringWriter();
        parsed.Invoke(new InvocationConfiguration { Output = said, Error = said });
        var lines = said.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 0 ? string.Join(" ", lines.Distinct(StringComparer.Ordinal)) : parsed.Errors[0].Message;
    }
}
