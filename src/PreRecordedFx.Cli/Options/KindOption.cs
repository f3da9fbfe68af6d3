using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>Which of the account's job collections a command acts on.</summary>
internal enum KindChoice
{
    /// <summary>Pre-recorded jobs (<c>/v2/pre-recorded</c>): the default, as before live sessions were known.</summary>
    PreRecorded,

    /// <summary>Live sessions (<c>/v2/live</c>).</summary>
    Live,

    /// <summary>Both: pre-recorded jobs first, then live sessions.</summary>
    All,
}

/// <summary>
/// The <c>--kind pre-recorded|live|all</c> option of the commands that act on existing jobs, and the same values for
/// the MCP tools' <c>kind</c> argument: one parser, one error line.
/// </summary>
internal static class KindOption
{
    /// <summary>The values, as help and error lines name them.</summary>
    public const string Values = "pre-recorded, live or all";

    /// <summary>What a single id does with <c>all</c> (and, for <c>get</c>, with no <c>--kind</c>).</summary>
    public const string SingleIdNote = "all tries pre-recorded first, then live, when the job is not found";

    /// <summary>The option; <paramref name="description"/> says what it selects and what it defaults to for that command.</summary>
    public static Option<KindChoice?> Option(string description) => new("--kind")
    {
        Description = description,
        HelpName = "pre-recorded|live|all",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (Parse(text) is { } kind)
            {
                return kind;
            }

            result.AddError(Bad(text, "--kind"));
            return null;
        },
    };

    /// <summary>The choice <paramref name="text"/> names, or <c>null</c>.</summary>
    public static KindChoice? Parse(string text) => text switch
    {
        JobKinds.PreRecorded => KindChoice.PreRecorded,
        JobKinds.Live => KindChoice.Live,
        "all" => KindChoice.All,
        _ => null,
    };

    /// <summary>The error line for a value that is not a kind.</summary>
    public static string Bad(string text, string name) => $"bad {name} '{text}': use {Values}";

    /// <summary>The choice given on the command line, or <paramref name="otherwise"/>.</summary>
    public static KindChoice Of(ParseResult parsed, Option<KindChoice?> option, KindChoice otherwise = KindChoice.PreRecorded) =>
        parsed.GetValue(option) ?? otherwise;
}
