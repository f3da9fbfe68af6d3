using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace PreRecordedFx.MockServer;

/// <summary>
/// Hosts the mock in memory (no sockets) with its own seed, key and faults, for tests of code that calls
/// Gladia. <see cref="WebApplicationFactory{TEntryPoint}.CreateClient()"/> gives an <see cref="HttpClient"/>
/// on it; <see cref="WebApplicationFactory{TEntryPoint}.Server"/> is the underlying <see cref="TestServer"/>.
/// </summary>
/// <example><code>
/// await using var mock = new MockServerFactory(new MockServerOptions { Seed = 7 });
/// using var http = mock.CreateClient();
/// http.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
/// var page = await http.GetStringAsync("/v2/pre-recorded?limit=5");
/// </code></example>
public class MockServerFactory : WebApplicationFactory<Program>
{
    // The variable WebApplicationFactory reads first for the content root (ASPNETCORE_TEST_CONTENTROOT_ + assembly name).
    private const string ContentRootVariable = "ASPNETCORE_TEST_CONTENTROOT_PRERECORDEDFX_MOCKSERVER";

    private readonly MockServerOptions options = new();
    private readonly TimeProvider? timeProvider;

    /// <summary>Hosts the mock with the default options (seed 42, 200 jobs, key <see cref="MockServerOptions.DefaultApiKey"/>, no faults).</summary>
    public MockServerFactory()
        : this(new MockServerOptions())
    {
    }

    /// <summary>Hosts the mock with these options; configuration and environment variables are ignored.</summary>
    /// <param name="options">The seed, job count, key and faults to use (copied: later changes have no effect).</param>
    /// <param name="timeProvider">The clock signed file links expire against, and the rate limit counts on; the system clock when <c>null</c>.</param>
    public MockServerFactory(MockServerOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.CopyTo(this.options);
        this.timeProvider = timeProvider;

        // Otherwise WebApplicationFactory looks for the app's source folder beside a solution file, which fails
        // when the caller builds elsewhere (--artifacts-path, a NuGet-style reference) or lacks
        // MvcTestingAppManifest.json. The mock reads nothing from its content root, so its output folder serves.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ContentRootVariable)))
        {
            Environment.SetEnvironmentVariable(ContentRootVariable, AppContext.BaseDirectory);
        }
    }

    /// <summary>A copy of the options the mock runs with.</summary>
    public MockServerOptions Options
    {
        get
        {
            var copy = new MockServerOptions();
            options.CopyTo(copy);
            return copy;
        }
    }

    /// <summary>An <see cref="HttpClient"/> on the mock that already sends the configured <c>x-gladia-key</c>.</summary>
    /// <returns>The client; dispose it when done.</returns>
    public HttpClient CreateAuthorizedClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("x-gladia-key", options.ApiKey);
        return client;
    }

    /// <inheritdoc />
    protected override IHost CreateHost(IHostBuilder builder)
    {
        // The mock's entry point reads a user's command line strictly; the factory's own arguments skip that.
        MockServerHost.HostedInMemory.Value = true;
        try
        {
            return base.CreateHost(builder);
        }
        finally
        {
            MockServerHost.HostedInMemory.Value = false;
        }
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(services =>
        {
            services.Configure<MockServerOptions>(configured => options.CopyTo(configured));
            if (timeProvider is not null)
            {
                services.AddSingleton(timeProvider);
            }
        });
    }
}
