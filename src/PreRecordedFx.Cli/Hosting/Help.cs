namespace PreRecordedFx.Cli;

/// <summary>
/// Each command's help text: what it does, two or three typical invocations (as gh and kubectl show), and the exit
/// codes scripts can rely on.
/// </summary>
internal static class Help
{
    /// <summary>The exit codes, as every command's help lists them.</summary>
    public const string ExitCodeLines =
        "Exit codes:\n" +
        "  0    everything asked for was done\n" +
        "  1    some operations failed (the output says which)\n" +
        "  2    bad usage: a wrong option, no API key, an unwritable folder\n" +
        "  130  interrupted (Ctrl+C or SIGTERM); run the same command again to continue";

    /// <summary>A command's description: <paramref name="summary"/>, then its examples and the exit codes.</summary>
    public static string Describe(string summary, params string[] examples) =>
        summary + "\n\nExamples:\n" + string.Join("\n", examples.Select(e => "  " + e)) + "\n\n" + ExitCodeLines;
}
