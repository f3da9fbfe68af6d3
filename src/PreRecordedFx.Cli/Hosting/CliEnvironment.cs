using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary>
/// Everything the tool touches outside itself, so tests can run every command in memory: where output and
/// failures go, whether a person is watching, the environment variables, and how a client is made.
/// </summary>
/// <param name="Out">Standard output (tables, progress and prompts when <paramref name="IsTerminal"/>, plain lines otherwise).</param>
/// <param name="Error">Standard error: one line per failure.</param>
/// <param name="IsTerminal">Whether standard output is a terminal (else it is piped: plain, stable output).</param>
/// <param name="Variable">Reads an environment variable.</param>
/// <param name="Connect">Makes a client from checked options.</param>
internal sealed record CliEnvironment(
    IAnsiConsole Out,
    TextWriter Error,
    bool IsTerminal,
    Func<string, string?> Variable,
    Func<GladiaClientOptions, GladiaClient> Connect)
{
    /// <summary>The real process: its console (Spectre honours <c>NO_COLOR</c>), its variables, real sockets.</summary>
    public static CliEnvironment FromProcess() => new(
        AnsiConsole.Console,
        Console.Error,
        !Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable,
        options => new GladiaClient(options))
    {
        Input = Console.In,
    };

    /// <summary>Standard input, where <c>delete -</c> and <c>prune -</c> read job ids (none by default).</summary>
    public TextReader Input { get; init; } = TextReader.Null;

    /// <summary>Whether a person can answer a prompt (a terminal on both ends).</summary>
    public bool CanPrompt => IsTerminal && Out.Profile.Capabilities.Interactive;

    /// <summary>Writes a line as is: no markup, no wrapping at the console's width (for pipes and scripts).</summary>
    public void Line(string text) => Out.Profile.Out.Writer.WriteLine(text);
}
