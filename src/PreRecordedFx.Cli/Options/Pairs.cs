using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>The repeatable <c>name=value</c> options (<c>--metadata</c>, <c>--option</c>): their check and their split.</summary>
internal static class Pairs
{
    /// <summary>Adds an error for each value with no <c>=</c>, or nothing before it, saying the <paramref name="form"/> to use.</summary>
    public static void Require(Option<string[]> option, string form) =>
        option.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !t.Value.Contains('=', StringComparison.Ordinal) || t.Value.StartsWith('=')))
            {
                result.AddError($"bad {option.Name} '{token.Value}': use {form}");
            }
        });

    /// <summary>The checked values split at their first <c>=</c>: the name before it, the value (maybe empty) after it.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Split(string[]? pairs) =>
        (pairs ?? []).Select(pair => pair.Split('=', 2)).Select(parts => KeyValuePair.Create(parts[0], parts[1]));
}
