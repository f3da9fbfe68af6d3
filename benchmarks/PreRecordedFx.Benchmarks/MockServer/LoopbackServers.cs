extern alias MockServerApp;

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MockServerApp::PreRecordedFx.MockServer;

namespace PreRecordedFx.Benchmarks.MockServer;

/// <summary>
/// The mock exactly as <see cref="MockServerFactory"/> builds it (its middleware, store and endpoints), on real
/// Kestrel at 127.0.0.1 with a free port. Default options: 200 jobs, no faults.
/// </summary>
internal sealed class LoopbackMock : MockServerFactory
{
    public LoopbackMock()
        : this(new MockServerOptions())
    {
    }

    public LoopbackMock(MockServerOptions options)
        : base(options)
    {
        // Kestrel refuses a dynamic port on "localhost": IPv4 loopback, a free port.
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/");
    }

    public Uri BaseUrl { get; }
}

/// <summary>
/// The baseline: a minimal Kestrel app on 127.0.0.1 serving fixed bytes on the mock's two GET routes, the way the
/// mock's <c>JsonBytesResult</c> writes them (status, content type, length, one write), with no middleware.
/// </summary>
internal sealed class BareKestrel : IAsyncDisposable
{
    private readonly WebApplication app;

    private BareKestrel(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<BareKestrel> StartAsync(byte[] job, byte[] page, string contentType)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/v2/pre-recorded/{id}", Serve(job, contentType));
        app.MapGet("/v2/pre-recorded", Serve(page, contentType));
        await app.StartAsync();
        return new BareKestrel(app, new Uri(app.Urls.Single() + "/"));
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private static RequestDelegate Serve(byte[] body, string contentType) =>
        context =>
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
        };
}
