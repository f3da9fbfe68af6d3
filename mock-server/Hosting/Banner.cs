using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Jobs;

namespace PreRecordedFx.MockServer.Hosting;

/// <summary>
/// What a user needs to start calling the mock, printed once it listens. The key goes to the console on purpose
/// (it is the documented default, and users must type it); it never goes through a logger.
/// </summary>
internal static class Banner
{
    public static void PrintWhenStarted(WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() => Print(app));

    private static void Print(WebApplication app)
    {
        // In-memory hosting (MockServerFactory) needs no banner: its TestServer lists the configured URL as an
        // address, but nothing listens there.
        var server = app.Services.GetRequiredService<IServer>();
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (server is TestServer || addresses is not { Count: > 0 })
        {
            return;
        }

        var options = app.Services.GetRequiredService<IOptions<MockServerOptions>>().Value;
        var stores = app.Services.GetRequiredService<JobStores>();
        var jobs = stores.PreRecorded.NewestFirst.Count;
        var live = stores.Live.NewestFirst.Count;
        var url = addresses.First();
        Console.Out.WriteLine($"""
            Gladia pre-recorded mock server
              URL     : {string.Join(", ", addresses)}
              API key : {options.ApiKey}   (send it in the x-gladia-key header)
              Seed    : {options.Seed}
              Jobs    : {jobs}
              Live    : {live} sessions (/v2/live)
              Faults  : {options.DescribeFaults()}
              Moving  : {(options.Lifecycle ? $"yes (queued {options.QueuedSeconds} s, then processing {options.ProcessingSeconds} s)" : "no (--lifecycle moves queued and processing jobs)")}
              Calls   : {Callbacks(app, options)}
              Admin   : {url}/__admin/requests{(options.AdminKey is null ? " (open)" : " (send x-admin-key)")}
              Try     : curl -H "x-gladia-key: {options.ApiKey}" "{url}/v2/pre-recorded?limit=2"
              OpenAPI : {url}/openapi/v1.json
            """);
        Console.Out.Flush();

        // The host's own "shutting down" line is below the default --log-level; say it ourselves.
        app.Lifetime.ApplicationStopped.Register(() => Console.Out.WriteLine("Gladia pre-recorded mock server stopped"));
    }

    // Where callbacks may go and where webhooks go; the webhook's query stays hidden, as in the journal.
    private static string Callbacks(WebApplication app, MockServerOptions options) =>
        (options.AllowRemoteCallbacks ? "callbacks to any host" : "callbacks to loopback only (--allow-remote-callbacks)")
        + (options.WebhookUrl is { } webhook
            ? ", webhooks to " + app.Services.GetRequiredService<JournalMasking>().Link(new Uri(webhook))
            : ", no webhooks (--webhook-url)");
}
