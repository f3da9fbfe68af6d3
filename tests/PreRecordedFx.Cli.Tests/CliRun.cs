using PreRecordedFx.Cli;
using PreRecordedFx.MockServer;
using Spectre.Console.Testing;

namespace PreRecordedFx.Cli.Tests;

/// <summary>What one run of the tool printed, and its exit code.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>
/// The tool run in memory against the mock: its HTTP goes through the mock's TestServer handler, its output into a
/// Spectre TestConsole, its environment variables come from a dictionary.
/// </summary>
public sealed class CliRun : IAsyncDisposable
{
    public const string Api = "http://localhost:5089";

    public CliRun(MockServerOptions? options = null, TimeProvider? mockClock = null)
    {
        Factory = new MockServerFactory(options ?? new MockServerOptions { Jobs = 30 }, mockClock);
        Handler = Factory.Server.CreateHandler();
    }

    public MockServerFactory Factory { get; }

    public HttpMessageHandler Handler { get; }

    /// <summary>The address the tool is given; the in-memory handler answers any.</summary>
    public string BaseUrl { get; set; } = Api;

    /// <summary>When set, the tool uses real sockets instead of the in-memory handler (for an unreachable server).</summary>
    public bool RealNetwork { get; set; }

    /// <summary>Wraps the mock's handler, e.g. to fail some requests the mock cannot fail on its own.</summary>
    public Func<HttpMessageHandler, HttpMessageHandler>? Transport { get; set; }

    public Dictionary<string, string> Variables { get; } = new() { ["GLADIA_API_KEY"] = MockServerOptions.DefaultApiKey };

    /// <summary>A client on the mock, for checking its state around a run.</summary>
    public GladiaClient Client() =>
        new(new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = new Uri(Api) }, Handler);

    /// <summary>What the tool reads on standard input (for <c>delete -</c> and <c>prune -</c>).</summary>
    public string StandardInput { get; set; } = string.Empty;

    /// <summary>Cancels the run (as Ctrl+C does) when set.</summary>
    public CancellationToken Cancellation { get; set; }

    public Task<CliResult> RunAsync(params string[] args) => RunAsync(terminal: false, input: null, args);

    public async Task<CliResult> RunAsync(bool terminal, string? input, params string[] args)
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;
        if (terminal)
        {
            console.Interactive();
        }

        if (input is not null)
        {
            console.Input.PushTextWithEnter(input);
        }

        using var error = new StringWriter();
        var environment = new CliEnvironment(
            console,
            error,
            terminal,
            name => Variables.GetValueOrDefault(name),
            Connect)
        {
            Input = new StringReader(StandardInput),
        };
        var code = await GladiaJobsApp.RunAsync(["--base-url", BaseUrl, .. args], environment, Cancellation);
        return new CliResult(code, console.Output, error.ToString());
    }

    private GladiaClient Connect(GladiaClientOptions options)
    {
        var fast = options with { Retry = new RetryOptions { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) } };
        return RealNetwork ? new GladiaClient(fast) : new GladiaClient(fast, Transport?.Invoke(Handler) ?? Handler);
    }

    public async Task<List<Job>> JobsAsync(JobQuery? query = null)
    {
        using var client = Client();
        var all = new List<Job>();
        await foreach (var item in client.PreRecorded().ListAllAsync((query ?? JobQuery.Default).WithLimit(100)))
        {
            all.Add(item.Match(Right: j => j, Left: e => throw new InvalidOperationException(e.Message)));
        }

        return all;
    }

    /// <summary>Done jobs, shortest audio first: downloads stay small (the mock's WAVs are real length).</summary>
    public async Task<List<Job>> ShortDoneJobsAsync() =>
        [.. (await JobsAsync(JobQuery.Default.WithStatus(JobStatus.Done))).OrderBy(j => j.File.Bind(f => f.AudioDuration).IfNone(double.MaxValue))];

    public async ValueTask DisposeAsync()
    {
        Handler.Dispose();
        await Factory.DisposeAsync();
    }
}
