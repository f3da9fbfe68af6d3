using System.Globalization;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer;

/// <summary>
/// One command-line switch of the mock: its name, the configuration key it sets, its environment variable, its
/// default, what it means, and how a value is checked. <see cref="CommandLineSwitches.All"/> lists them all.
/// </summary>
/// <param name="Name">The switch, e.g. <c>--jobs</c>.</param>
/// <param name="ConfigKey">The configuration key its value goes to, e.g. <c>Mock:Jobs</c>.</param>
/// <param name="EnvironmentVariable">The environment variable that sets the same key, e.g. <c>Mock__Jobs</c>.</param>
/// <param name="Default">The default, as shown in <c>--help</c>.</param>
/// <param name="Meaning">What it does, as shown in <c>--help</c>.</param>
/// <param name="Expected">What a valid value looks like, for error messages ("an integer from 0 to 100000").</param>
/// <param name="IsValid">Whether a value is acceptable.</param>
/// <param name="IsFlag">Whether the switch may stand alone (it then means <c>true</c>).</param>
internal sealed record MockSwitch(
    string Name,
    string ConfigKey,
    string EnvironmentVariable,
    string Default,
    string Meaning,
    string Expected,
    Func<string, bool> IsValid,
    bool IsFlag = false)
{
    private static readonly MockServerOptions Defaults = new();

    /// <summary>The problem with a value given for this switch (named <paramref name="source"/>), or null.</summary>
    public string? Check(string source, string value) =>
        IsValid(value) ? null : $"{source}: expected {Expected}, got '{value}'";

    /// <summary>A whole-number option of the <c>Mock</c> section, within [min, max].</summary>
    public static MockSwitch Integer(string name, string property, Func<MockServerOptions, long> defaultOf, long min, long max, string meaning) =>
        Mock(name, property, Format(defaultOf(Defaults)), meaning, $"an integer{Range(min, max)}",
            value => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max);

    /// <summary>A decimal option of the <c>Mock</c> section, within [min, max].</summary>
    public static MockSwitch Number(string name, string property, Func<MockServerOptions, double> defaultOf, double min, double max, string meaning) =>
        Mock(name, property, Format(defaultOf(Defaults)), meaning, $"a number from {Format(min)} to {Format(max)}",
            value => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && x >= min && x <= max);

    /// <summary>A text option of the <c>Mock</c> section that must not be empty.</summary>
    public static MockSwitch Text(string name, string property, Func<MockServerOptions, string> defaultOf, string meaning) =>
        Mock(name, property, defaultOf(Defaults), meaning, "a non-empty value", value => !string.IsNullOrWhiteSpace(value));

    /// <summary>An http(s) address option of the <c>Mock</c> section.</summary>
    public static MockSwitch Url(string name, string property, Func<MockServerOptions, string> defaultOf, string meaning) =>
        Mock(name, property, defaultOf(Defaults), meaning, "an http:// or https:// URL",
            value => Links.TryHttp(value, out _));

    /// <summary>A date-and-time option of the <c>Mock</c> section.</summary>
    public static MockSwitch Instant(string name, string property, Func<MockServerOptions, DateTimeOffset> defaultOf, string meaning) =>
        Mock(name, property, defaultOf(Defaults).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture).Replace("+00:00", "Z", StringComparison.Ordinal),
            meaning, "a date and time such as 2026-09-30T00:00:00Z",
            value => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _));

    /// <summary>An on/off option of the <c>Mock</c> section: the bare switch means on.</summary>
    public static MockSwitch Flag(string name, string property, Func<MockServerOptions, bool> defaultOf, string meaning) =>
        Mock(name, property, defaultOf(Defaults) ? "on" : "off", meaning, "true or false (or nothing, meaning true)",
            value => bool.TryParse(value, out _), isFlag: true);

    private static MockSwitch Mock(string name, string property, string defaultText, string meaning, string expected, Func<string, bool> isValid, bool isFlag = false) =>
        new(name, MockServerOptions.SectionName + ":" + property, MockServerOptions.SectionName + "__" + property, defaultText, meaning, expected, isValid, isFlag);

    private static string Range(long min, long max) => (min, max) switch
    {
        (int.MinValue, int.MaxValue) => "",
        (_, int.MaxValue) => $" of {Format(min)} or more",
        _ => $" from {Format(min)} to {Format(max)}",
    };

    private static string Format(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
}
