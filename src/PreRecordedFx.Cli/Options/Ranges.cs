using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PreRecordedFx.Cli;

/// <summary>Range checks for whole-number options.</summary>
internal static class Ranges
{
    /// <summary>
    /// Adds <paramref name="error"/> when the option's value lies outside [<paramref name="min"/>, <paramref name="max"/>].
    /// A value that is not a number is left to the parser's own error: reading it here would throw.
    /// </summary>
    public static void Require<T>(Option<T> option, int min, int max, string error) =>
        option.Validators.Add(result =>
        {
            if (Number(result) is { } value && (value < min || value > max))
            {
                result.AddError(error);
            }
        });

    private static int? Number(OptionResult result) =>
        result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
