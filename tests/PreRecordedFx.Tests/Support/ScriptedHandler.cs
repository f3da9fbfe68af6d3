using System.Collections.Concurrent;

namespace PreRecordedFx.Tests;

/// <summary>What a scripted server saw of one request.</summary>
public sealed record SeenRequest(string Method, Uri Uri, string? ApiKey, string? Version);

/// <summary>
/// A hostile in-process server where no real one is needed: answers each request with a script (any origin, so
/// redirects to "another host" land here too) and records what arrived, headers included.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> script;
    private int count;

    public ScriptedHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> script) => this.script = script;

    public ScriptedHandler(Func<HttpRequestMessage, int, Task<HttpResponseMessage>> script)
        : this((request, n, _) => script(request, n))
    {
    }

    public ScriptedHandler(Func<HttpRequestMessage, int, HttpResponseMessage> script)
        : this((request, n) => Task.FromResult(script(request, n)))
    {
    }

    public ConcurrentQueue<SeenRequest> Seen { get; } = new();

    public int Count => Seen.Count;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Seen.Enqueue(new SeenRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.TryGetValues("x-gladia-key", out var key) ? string.Join(",", key) : null,
            request.Headers.TryGetValues("x-gladia-version", out var version) ? string.Join(",", version) : null));
        var n = Interlocked.Increment(ref count);
        return script(request, n, cancellationToken);
    }
}
