using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary>
/// A real HTTP server on a free loopback port (Kestrel) that records every request the mock sends it, and answers
/// with the statuses it is given, in order (then 200).
/// </summary>
internal sealed class LoopbackReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<int> statuses;
    private readonly ConcurrentQueue<Received> received = new();

    private LoopbackReceiver(WebApplication app, IEnumerable<int> statuses)
    {
        this.app = app;
        this.statuses = new ConcurrentQueue<int>(statuses);
    }

    /// <summary>The receiver's origin, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Origin { get; private set; } = "";

    public IReadOnlyList<Received> Requests => [.. received];

    public static async Task<LoopbackReceiver> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new LoopbackReceiver(app, statuses);
        app.Run(receiver.Record);
        await app.StartAsync();
        receiver.Origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    /// <summary>Waits (up to 10 s) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task<IReadOnlyList<Received>> WaitFor(int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(received.Count >= count, $"expected {count} requests, got {received.Count}");
        return Requests;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task Record(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        received.Enqueue(new Received(
            context.Request.Method,
            context.Request.Path + context.Request.QueryString,
            context.Request.ContentType,
            body.ToArray()));
        context.Response.StatusCode = statuses.TryDequeue(out var status) ? status : StatusCodes.Status200OK;
    }

    /// <summary>One request as received.</summary>
    internal sealed record Received(string Method, string PathAndQuery, string? ContentType, byte[] Body);
}
