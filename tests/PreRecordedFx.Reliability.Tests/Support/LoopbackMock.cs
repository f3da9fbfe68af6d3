using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// The mock server exactly as <see cref="MockServerFactory"/> builds it (Program.cs, its middleware and its log filters),
/// but on real Kestrel at 127.0.0.1 with a free port, through .NET 10's <c>WebApplicationFactory.UseKestrel</c>: load goes
/// through real sockets, and Kestrel's own limits (431, 414, 400) apply before the app. Optionally captures its logs.
/// </summary>
public sealed class LoopbackMock : MockServerFactory
{
    private readonly ILoggerProvider? logs;

    public LoopbackMock(MockServerOptions options, TimeProvider? timeProvider = null, ILoggerProvider? logs = null)
        : base(options, timeProvider)
    {
        this.logs = logs;

        // Explicit, because Kestrel refuses a dynamic port on "localhost": IPv4 loopback only, a free port.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseUrl = new Uri(address + "/");
    }

    /// <summary>Where the mock listens, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>A client with its own connection pool, sending <paramref name="key"/> (none when <c>null</c>).</summary>
    public HttpClient Client(string? key = MockServerOptions.DefaultApiKey)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = BaseUrl };
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("x-gladia-key", key);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.ConfigureWebHost(builder);
        if (logs is not null)
        {
            // Added beside the app's own providers: the app's filters (Microsoft.AspNetCore at Warning) still apply.
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }
}
