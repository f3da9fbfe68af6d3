using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>How a test reaches the receiver: in memory through TestServer, or over a real loopback socket to Kestrel.</summary>
public enum Transport
{
    InMemory,
    Kestrel,
}

/// <summary>
/// An application that maps only the receiver, with every log captured at Trace, as the docs advise running it
/// (ASP.NET Core's request log, which writes the URL with its query, at Warning). Records the events it was handed.
/// </summary>
public sealed class Receiver : IAsyncDisposable
{
    public const string Route = "/gladia/events";

    private readonly WebApplication app;

    private Receiver(WebApplication app, HttpClient client, FakeLogCollector logs, ConcurrentQueue<GladiaEvent> events)
    {
        this.app = app;
        Client = client;
        Logs = logs;
        Events = events;
    }

    public static TheoryData<Transport> Transports => [Transport.InMemory, Transport.Kestrel];

    public HttpClient Client { get; }

    public FakeLogCollector Logs { get; }

    /// <summary>The events the handler was handed, in order.</summary>
    public ConcurrentQueue<GladiaEvent> Events { get; }

    public static async Task<Receiver> StartAsync(
        Transport transport, GladiaCallbackOptions? options = null, Func<GladiaEvent, HttpContext, Task>? handler = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new FakeLogCollector();
        builder.Logging.ClearProviders()
            .AddProvider(new FakeLoggerProvider(logs))
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        if (transport == Transport.InMemory)
        {
            builder.WebHost.UseTestServer();
        }
        else
        {
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        }

        var app = builder.Build();
        var events = new ConcurrentQueue<GladiaEvent>();
        app.MapGladiaCallbacks(
            Route,
            async (gladiaEvent, context) =>
            {
                events.Enqueue(gladiaEvent);
                await (handler?.Invoke(gladiaEvent, context) ?? Task.CompletedTask);
            },
            options);
        await app.StartAsync();
        var client = transport == Transport.InMemory
            ? app.GetTestClient()
            : new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
        return new Receiver(app, client, logs, events);
    }

    public static string Fixture(string name) =>
        File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
