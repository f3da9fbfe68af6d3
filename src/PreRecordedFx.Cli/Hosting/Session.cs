using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>One command's connection and manners: the client, where failures go and how they read.</summary>
internal sealed class Session : IDisposable
{
    private readonly GladiaClient client;

    private Session(CliEnvironment environment, GladiaClient client, Uri api, bool verbose)
    {
        Environment = environment;
        this.client = client;
        Api = api;
        Verbose = verbose;
    }

    public CliEnvironment Environment { get; }

    public PreRecordedJobs Jobs => client.PreRecorded();

    /// <summary>The job collections <paramref name="choice"/> names, pre-recorded first.</summary>
    public IReadOnlyList<JobCollection> Collections(KindChoice choice) => JobCollection.Of(client, choice);

    public Uri Api { get; }

    public bool Verbose { get; }

    /// <summary>What the command has finished so far, for the line an interruption prints.</summary>
    public Tally Done { get; } = new();

    /// <summary>Whether the command's one JSON document goes to standard output (then its messages go to standard error).</summary>
    public bool Json { get; set; }

    /// <summary>A message for the person: on standard output, or on standard error when standard output carries JSON.</summary>
    public void Say(string line)
    {
        if (Json)
        {
            Environment.Error.WriteLine(line);
        }
        else
        {
            Environment.Line(line);
        }
    }

    /// <summary>Opens a session from the global options and the environment, or writes why not and gives the exit code.</summary>
    public static Session? Open(ParseResult parsed, CliEnvironment environment)
    {
        var key = parsed.GetValue(GlobalOptions.ApiKey) ?? environment.Variable(GladiaClientOptions.ApiKeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            environment.Error.WriteLine($"gladia-jobs: no API key: set {GladiaClientOptions.ApiKeyVariable} or pass --api-key");
            return null;
        }

        var url = parsed.GetValue(GlobalOptions.BaseUrl);
        if (url is null && environment.Variable(GladiaClientOptions.BaseUrlVariable) is { Length: > 0 } fromVariable
            && !Uri.TryCreate(fromVariable, UriKind.Absolute, out url))
        {
            environment.Error.WriteLine($"gladia-jobs: bad {GladiaClientOptions.BaseUrlVariable} '{fromVariable}': give an http or https address");
            return null;
        }

        var options = new GladiaClientOptions { ApiKey = key, BaseUrl = url ?? GladiaClientOptions.DefaultBaseUrl };
        var problems = options.Problems();
        if (problems.Count > 0)
        {
            environment.Error.WriteLine("gladia-jobs: " + string.Join("; ", problems));
            return null;
        }

        return new Session(environment, environment.Connect(options), options.BaseUrl, parsed.GetValue(GlobalOptions.Verbose));
    }

    /// <summary>Writes the failure line for <paramref name="error"/>.</summary>
    public void Fail(PreRecordedError error, string? jobId = null) =>
        Environment.Error.WriteLine("gladia-jobs: " + Failures.Describe(error, Api, jobId, Verbose));

    /// <summary>Writes a failure line that is not an API error (a folder, a file).</summary>
    public void Fail(string line) => Environment.Error.WriteLine("gladia-jobs: " + line);

    public string Describe(PreRecordedError error, string? jobId) => Failures.Describe(error, Api, jobId, Verbose);

    public void Dispose() => client.Dispose();
}
