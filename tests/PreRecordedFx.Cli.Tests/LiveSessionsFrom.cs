using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>
/// A scripted server for live sessions: requests to <c>/v2/live</c> go, over real HTTP semantics, to a second mock (its
/// pre-recorded jobs play the account's live sessions), and its answers come back as live ones: <c>kind</c> set to
/// <c>live</c>, no pre-recorded request params, next links into <c>/v2/live</c>. Everything else goes to the first mock
/// unchanged. Deletes really delete on the second mock, so tests can count what is left of each kind.
/// </summary>
public sealed class LiveSessionsFrom(HttpMessageHandler preRecorded, HttpMessageHandler live) : DelegatingHandler(preRecorded)
{
    private const string LivePath = "/v2/live";
    private const string PreRecordedPath = "/v2/pre-recorded";

    /// <summary>The live requests, as method and path.</summary>
    public ConcurrentQueue<string> LiveRequests { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (!path.StartsWith(LivePath, StringComparison.Ordinal))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        LiveRequests.Enqueue($"{request.Method} {path}");
        using var rewritten = new HttpRequestMessage(request.Method, new UriBuilder(request.RequestUri) { Path = PreRecordedPath + path[LivePath.Length..] }.Uri);
        foreach (var header in request.Headers)
        {
            rewritten.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var invoker = new HttpMessageInvoker(live, disposeHandler: false);
        var response = await invoker.SendAsync(rewritten, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType != "application/json" || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var node = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;
        if (node is JsonObject page && page["items"] is JsonArray items)
        {
            foreach (var item in items.OfType<JsonObject>())
            {
                AsLive(item);
            }

            if (page["next"]?.GetValue<string>() is { } next)
            {
                page["next"] = next.Replace(PreRecordedPath, LivePath, StringComparison.Ordinal);
            }
        }
        else if (node is JsonObject session)
        {
            AsLive(session);
        }

        var content = new StringContent(node.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        response.Content = content;
        return response;
    }

    private static void AsLive(JsonObject job)
    {
        job["kind"] = JobKinds.Live;
        job.Remove("request_params");
    }
}

/// <summary>
/// The tool in memory against an account with both kinds: the first mock's pre-recorded jobs, and a second mock's
/// (another seed) jobs served as live sessions through <see cref="LiveSessionsFrom"/>.
/// </summary>
public sealed class BothKinds : IAsyncDisposable
{
    public BothKinds(int jobs = 30, int sessions = 16)
    {
        Cli = new CliRun(new MockServerOptions { Jobs = jobs });
        LiveMock = new MockServerFactory(new MockServerOptions { Jobs = sessions, Seed = 7 });
        LiveHandler = LiveMock.Server.CreateHandler();
        Cli.Transport = inner => Scripted = new LiveSessionsFrom(inner, LiveHandler);
    }

    public CliRun Cli { get; }

    public MockServerFactory LiveMock { get; }

    public HttpMessageHandler LiveHandler { get; }

    /// <summary>The last run's scripted server (to see which live calls it made).</summary>
    public LiveSessionsFrom? Scripted { get; private set; }

    public Task<CliResult> RunAsync(params string[] args) => Cli.RunAsync(args);

    /// <summary>The live sessions, read as the library's client reads them through the scripted server.</summary>
    public async Task<List<LiveSession>> SessionsAsync(JobQuery? query = null)
    {
        using var client = new GladiaClient(
            new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = new Uri(CliRun.Api) },
            new LiveSessionsFrom(Cli.Handler, LiveHandler));
        var all = new List<LiveSession>();
        await foreach (var item in client.Live().ListAllAsync((query ?? JobQuery.Default).WithLimit(100)))
        {
            all.Add(item.Match(Right: j => j, Left: e => throw new InvalidOperationException(e.Message)));
        }

        return all;
    }

    public Task<List<Job>> JobsAsync(JobQuery? query = null) => Cli.JobsAsync(query);

    public async ValueTask DisposeAsync()
    {
        LiveHandler.Dispose();
        await LiveMock.DisposeAsync();
        await Cli.DisposeAsync();
    }
}
