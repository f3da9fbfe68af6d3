using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>
/// Job ids given as arguments, where <c>-</c> stands for the ids on standard input, one per line (so the output of
/// <c>gladia-jobs list --ids</c> can be piped into <c>delete</c> or <c>prune</c>).
/// </summary>
internal static class JobIds
{
    /// <summary>The marker for "read ids from standard input".</summary>
    public const string FromInput = "-";

    /// <summary>The ids in <paramref name="arguments"/>, each <c>-</c> replaced by the lines of <paramref name="input"/>; blank lines ignored, duplicates dropped, order kept.</summary>
    public static IReadOnlyList<string> Read(IEnumerable<string> arguments, TextReader input)
    {
        var ids = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument != FromInput)
            {
                ids.Add(argument);
                continue;
            }

            while (input.ReadLine() is { } line)
            {
                if (line.Trim() is { Length: > 0 } id)
                {
                    ids.Add(id);
                }
            }
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The ids of <paramref name="argument"/> in <paramref name="parsed"/>, read as <see cref="Read"/> does.</summary>
    public static IReadOnlyList<string> Of(ParseResult parsed, Argument<string[]> argument, CliEnvironment environment) =>
        Read(parsed.GetValue(argument) ?? [], environment.Input);
}
