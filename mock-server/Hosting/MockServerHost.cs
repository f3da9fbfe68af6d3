using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Hosting;

namespace PreRecordedFx.MockServer;

/// <summary>
/// The mock as a program: the one entry point of both <c>dotnet run --project mock-server</c> and the
/// <c>gladia-mock</c> tool, so the two take the same switches, print the same banner and serve the same data.
/// </summary>
public static partial class MockServerHost
{
    /// <summary>Exit code of a run stopped by Ctrl+C (or SIGTERM), and of <c>--help</c> and <c>--version</c>.</summary>
    public const int Success = 0;

    /// <summary>Exit code of a bad command line, a bad environment variable or a busy port.</summary>
    public const int UsageError = 2;

    /// <summary>Reads the command line, then serves until stopped; <c>--help</c> lists every switch.</summary>
    /// <param name="args">The program's arguments, e.g. <c>--seed 7 --jobs 50</c>.</param>
    /// <returns><see cref="Success"/>, or <see cref="UsageError"/> after printing one line per problem to standard error.</returns>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (HostedInMemory.Value)
        {
            return Serve(args, new Dictionary<string, string?>());
        }

        var commandLine = new MockCommandLine().Parse(args);
        if (commandLine.Problems.Count > 0)
        {
            return Fail(commandLine.Problems);
        }

        if (commandLine.IsInformational)
        {
            return commandLine.Parsed.Invoke();
        }

        var fromEnvironment = EnvironmentProblems(new ConfigurationBuilder().AddEnvironmentVariables().Build(), commandLine);
        return fromEnvironment.Count > 0 ? Fail(fromEnvironment) : Serve([.. commandLine.HostArgs], commandLine.Settings);
    }

    private static int Serve(string[] hostArgs, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(hostArgs);
        builder.Configuration.AddInMemoryCollection(settings);

        if (MockServerSetup.NeedsDefaultUrl(builder.Configuration))
        {
            builder.WebHost.UseUrls(MockServerOptions.DefaultUrl);
        }

        // The framework's logs (request lines, the host's "Now listening on") would drown the banner: below
        // --log-level (Warning unless given) they are not shown.
        var least = LeastLogLevel(builder.Configuration);
        builder.Logging.SetMinimumLevel(least);

        // A busy port is reported below in one line; Kestrel's and the host's own reports of it are long stack traces.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel", level => level >= least && level < LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", level => level >= least && level < LogLevel.Error);
        builder.Services.AddMockServer(builder.Configuration);

        var app = builder.Build();
        try
        {
            // Inside the try: building the seeded jobs reads the options, which is where invalid ones are reported
            // (in memory, MockServerFactory's caller gets the exception itself, as from the host's own check).
            app.UseMockServer();
            Banner.PrintWhenStarted(app);
            app.Run();
            return Success;
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            return Fail([$"{BusyAddress(e, builder.Configuration)} is in use; choose another with --urls"]);
        }
        catch (OptionsValidationException e) when (!HostedInMemory.Value)
        {
            return Fail(e.Failures);
        }
    }

    // The switch's value (checked by the command line), else Warning; the configuration key is set to it too, so the
    // logging configuration the host reads agrees with the filters above.
    private static LogLevel LeastLogLevel(ConfigurationManager configuration)
    {
        var key = CommandLineSwitches.FrameworkLogLevel.ConfigKey;
        var least = configuration[key] is { } given && CommandLineSwitches.Levels.TryGetValue(given.Trim(), out var level) ? level : LogLevel.Warning;
        configuration[key] = least.ToString();
        return least;
    }

    /// <summary>
    /// Set while <see cref="MockServerFactory"/> builds its host: WebApplicationFactory then runs this entry point on
    /// a thread of its own (the flag flows there with the execution context) and passes its host settings as
    /// arguments (<c>--contentRoot=…</c>, <c>--environment=…</c>), not a user's command line.
    /// </summary>
    internal static AsyncLocal<bool> HostedInMemory { get; } = new();

    private static int Fail(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        return UsageError;
    }

    // Values from environment variables (Mock__Jobs=abc) get the same checks as switches, named by their variable.
    private static List<string> EnvironmentProblems(IConfigurationRoot configuration, MockCommandLineResult commandLine) =>
        [.. CommandLineSwitches.All
            .Where(entry => !commandLine.Settings.ContainsKey(entry.ConfigKey) && !commandLine.HostArgs.Any(arg => arg.StartsWith(entry.Name + "=", StringComparison.Ordinal)))
            .Select(entry => configuration[entry.ConfigKey] is { } value ? entry.Check(entry.EnvironmentVariable, value) : null)
            .OfType<string>()];

    // The address as the user gave it when there is one; else Kestrel's ("Failed to bind to address
    // http://127.0.0.1:5089: address already in use.").
    private static string BusyAddress(IOException e, ConfigurationManager configuration)
    {
        var urls = (configuration["urls"] ?? MockServerOptions.DefaultUrl).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls.Length == 1 ? urls[0] : BindFailure().Match(e.Message) is { Success: true } match ? match.Groups["address"].Value : string.Join(";", urls);
    }

    [GeneratedRegex(@"address (?<address>\S+): address already in use", RegexOptions.CultureInvariant)]
    private static partial Regex BindFailure();
}
