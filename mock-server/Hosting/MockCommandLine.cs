using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using PreRecordedFx.MockServer.Creation;

namespace PreRecordedFx.MockServer.Hosting;

/// <summary>
/// The mock's command line (System.CommandLine over <see cref="CommandLineSwitches.All"/>): what the user asked for,
/// or every problem with it, one line each.
/// </summary>
internal sealed class MockCommandLine
{
    // ASP.NET Core's host settings. WebApplicationFactory (so MockServerFactory) hands its host configuration to
    // the entry point as --key=value arguments; they pass through, hidden from --help.
    private static readonly string[] HostSettings = ["--environment", "--contentRoot", "--applicationName"];

    private readonly Command command;
    private readonly Dictionary<Option<string>, MockSwitch> switches = [];
    private readonly List<Option<string>> hostSettings = [];

    public MockCommandLine()
    {
        command = new Command("gladia-mock", """
            The offline mock of Gladia's pre-recorded jobs API v2: seeded fake jobs in Gladia's wire format, with opt-in faults.
            Created jobs call back (callback_config, --webhook-url) to loopback addresses only, unless --allow-remote-callbacks.
            Every switch can also be set by its environment variable; a switch wins over its variable.
            """);
        command.Options.Add(new HelpOption());
        command.Options.Add(new VersionOption());
        foreach (var entry in CommandLineSwitches.All)
        {
            var option = new Option<string>(entry.Name)
            {
                Description = $"{entry.Meaning}{(entry.IsFlag ? "" : $"; {entry.Expected}")} [default: {entry.Default}] [env: {entry.EnvironmentVariable}]",
                HelpName = entry.IsFlag ? "true|false" : "value",
                Arity = entry.IsFlag ? ArgumentArity.ZeroOrOne : ArgumentArity.ExactlyOne,
            };
            option.Validators.Add(result => Validate(entry, result));
            command.Options.Add(option);
            switches.Add(option, entry);
        }

        foreach (var name in HostSettings)
        {
            var option = new Option<string>(name) { Hidden = true };
            command.Options.Add(option);
            hostSettings.Add(option);
        }
    }

    /// <summary>Reads the arguments: what to run, or the problems, one line each.</summary>
    public MockCommandLineResult Parse(IReadOnlyList<string> args)
    {
        // No response files (@file): a mock's arguments are short, and '@' could begin an API key.
        var parsed = command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        var problems = Problems(parsed);
        if (problems.Count > 0)
        {
            return new MockCommandLineResult(parsed, problems, [], new Dictionary<string, string?>());
        }

        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var hostArgs = new List<string>();
        foreach (var (option, entry) in switches)
        {
            if (parsed.GetResult(option) is { } given)
            {
                var value = given.Tokens.Count == 0 ? "true" : given.Tokens[0].Value;
                if (entry == CommandLineSwitches.Urls)
                {
                    hostArgs.Add($"{entry.Name}={value}");
                }
                else
                {
                    settings[entry.ConfigKey] = value;
                }
            }
        }

        foreach (var option in hostSettings)
        {
            if (parsed.GetValue(option) is { } value)
            {
                hostArgs.Add($"{option.Name}={value}");
            }
        }

        return new MockCommandLineResult(parsed, [], hostArgs, settings);
    }

    private static void Validate(MockSwitch entry, OptionResult result)
    {
        if (result.Tokens.Count > 1)
        {
            result.AddError($"{entry.Name}: given {result.Tokens.Count} times; give it once");
        }
        else if (result.Tokens.Count == 1 && entry.Check(entry.Name, result.Tokens[0].Value) is { } problem)
        {
            result.AddError(problem);
        }
    }

    private List<string> Problems(ParseResult parsed)
    {
        var unknown = UnknownTokenProblems(parsed.UnmatchedTokens);
        var problems = new List<string>(unknown);
        foreach (var error in parsed.Errors)
        {
            var line = error.SymbolResult switch
            {
                // Our own checks already name the switch.
                _ when error.Message.StartsWith("--", StringComparison.Ordinal) => error.Message,
                OptionResult { Option: Option<string> option } result when switches.TryGetValue(option, out var entry) =>
                    result.Tokens.Count == 0
                        ? $"{entry.Name}: expected {entry.Expected}, got nothing"
                        : $"{entry.Name}: given {result.Tokens.Count} times; give it once",
                // The unknown tokens are reported above, with a suggestion.
                _ when parsed.UnmatchedTokens.Any(token => error.Message.Contains($"'{token}'", StringComparison.Ordinal)) => null,
                _ => error.Message,
            };
            if (line is not null && !problems.Contains(line))
            {
                problems.Add(line);
            }
        }

        return problems;
    }

    private static IEnumerable<string> UnknownTokenProblems(IReadOnlyList<string> tokens)
    {
        var afterUnknownSwitch = false;
        foreach (var token in tokens)
        {
            if (token.StartsWith('-'))
            {
                afterUnknownSwitch = true;
                var known = CommandLineSwitches.All.Select(entry => entry.Name).ToList();
                yield return Suggestions.Closest(token, known) is { } close
                    ? $"{token}: unknown switch; did you mean {close}? (--help lists them all)"
                    : $"{token}: unknown switch (--help lists them all)";
            }
            else if (afterUnknownSwitch)
            {
                // The value of the unknown switch just reported: one problem, one line.
                afterUnknownSwitch = false;
            }
            else
            {
                yield return $"{token}: unexpected argument; every setting is a switch (--help lists them all)";
            }
        }
    }
}

/// <summary>What the command line asked for.</summary>
/// <param name="Parsed">System.CommandLine's result: invoking it prints help or the version.</param>
/// <param name="Problems">One line per problem; empty when the arguments are valid.</param>
/// <param name="HostArgs">Arguments for ASP.NET Core's host (<c>--urls=…</c> and the host settings).</param>
/// <param name="Settings">Configuration keys and values of the given <c>Mock</c> switches.</param>
internal sealed record MockCommandLineResult(
    ParseResult Parsed,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> HostArgs,
    IReadOnlyDictionary<string, string?> Settings)
{
    /// <summary>Whether <c>--help</c> or <c>--version</c> was asked for: print that and do not start.</summary>
    public bool IsInformational => Parsed.Action is not null && Parsed.Action is not System.CommandLine.Invocation.ParseErrorAction;
}
