using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>The <c>--json</c> of the commands that act on jobs: their report as one JSON document on standard output.</summary>
internal static class JsonReport
{
    public static Option<bool> Option() =>
        new("--json") { Description = "Write the report as one JSON document on standard output (messages go to standard error)." };
}
