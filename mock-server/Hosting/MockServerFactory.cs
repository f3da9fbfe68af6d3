using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using PreRecordedFx.MockServer.Admin;

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

    /// <summary>Hosts the mock with the default options (seed 42, 200 jobs, 20 live sessions, key <see cref="MockServerOptions.DefaultApiKey"/>, no faults).</summary>
    public MockServerFactory()
        : this(new MockServerOptions())
    {
    }

    /// <summary>Hosts the mock with these options; configuration and environment variables are ignored.</summary>
    /// <param name="options">The seed, job count, key and faults to use (copied: later changes have no effect).</param>
    /// <param name="timeProvider">
    /// The mock's clock: signed file links expire against it, the rate limit counts on it, and with
    /// <see cref="MockServerOptions.Lifecycle"/> jobs move as it passes (a <c>FakeTimeProvider</c> lets a test move it);
    /// the system clock when <c>null</c>.
    /// </param>
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

    /// <summary>The request journal, oldest first (as <c>GET /__admin/requests</c>); starts the mock if needed.</summary>
    public IReadOnlyList<JournalEntry> Requests => Admin.Requests();

    /// <summary>
    /// The callbacks and webhooks sent so far, oldest first, each once delivered or given up (as
    /// <c>GET /__admin/callbacks</c>); starts the mock if needed.
    /// </summary>
    public IReadOnlyList<CallbackDelivery> Callbacks => Admin.Callbacks();

    /// <summary>The faults in force, with the one-shot faults still armed (as <c>GET /__admin/faults</c>).</summary>
    public FaultSettings Faults => Admin.Faults();

    private MockAdmin Admin => Services.GetRequiredService<MockAdmin>();

    /// <summary>
    /// Puts the mock back as it started (as <c>POST /__admin/reset</c>): the seeded jobs and live sessions, deleted ones included, the
    /// configured faults and counters, empty journals, no uploads or created jobs, no callbacks or webhooks pending.
    /// </summary>
    public void Reset() => Admin.Reset();

    /// <summary>Empties the request journal (as <c>DELETE /__admin/requests</c>).</summary>
    public void ClearRequests() => Admin.ClearRequests();

    /// <summary>Empties the callback journal (as <c>DELETE /__admin/callbacks</c>).</summary>
    public void ClearCallbacks() => Admin.ClearCallbacks();

    /// <summary>
    /// Loads a job from its wire JSON (as <c>PUT /__admin/jobs/{id}</c>), for example one saved from the real API. It is
    /// checked by the client's parser and then served byte for byte; its audio is generated from its duration.
    /// </summary>
    /// <param name="json">The job, as <c>GET /v2/pre-recorded/{id}</c> answers it.</param>
    /// <returns>The job's id.</returns>
    /// <exception cref="ArgumentException">The JSON is not a job the client could read; the message says why.</exception>
    public string PutJob(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var problems = Admin.PutJob(JobKind.PreRecorded, null, bytes, out _);
        return problems.Count == 0
            ? Responses.ParseJob(new HttpExchange(200, [], bytes, DateTimeOffset.UnixEpoch)).Match(Right: job => job.Id, Left: _ => string.Empty)
            : throw new ArgumentException(string.Join("; ", problems), nameof(json));
    }

    /// <summary>
    /// Loads a live session from its wire JSON (as <c>PUT /__admin/live/{id}</c>), for example one saved from the real
    /// API. It is checked by the client's parser and then served byte for byte; its audio is generated from its duration.
    /// </summary>
    /// <param name="json">The session, as <c>GET /v2/live/{id}</c> answers it (a <c>StreamingResponse</c>).</param>
    /// <returns>The session's id.</returns>
    /// <exception cref="ArgumentException">The JSON is not a live session the client could read; the message says why.</exception>
    public string PutLiveSession(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var problems = Admin.PutJob(JobKind.Live, null, bytes, out _);
        return problems.Count == 0
            ? Responses.ParseLiveSession(new HttpExchange(200, [], bytes, DateTimeOffset.UnixEpoch)).Match(Right: session => session.Id, Left: _ => string.Empty)
            : throw new ArgumentException(string.Join("; ", problems), nameof(json));
    }

    /// <summary>Removes a job outright (as <c>DELETE /__admin/jobs/{id}</c>); a seeded one returns on <see cref="Reset"/>.</summary>
    /// <param name="id">The job's id.</param>
    /// <returns>Whether there was such an undeleted job.</returns>
    public bool RemoveJob(string id) => Admin.RemoveJob(JobKind.PreRecorded, id);

    /// <summary>Removes a live session outright (as <c>DELETE /__admin/live/{id}</c>); a seeded one returns on <see cref="Reset"/>.</summary>
    /// <param name="id">The session's id.</param>
    /// <returns>Whether there was such an undeleted session.</returns>
    public bool RemoveLiveSession(string id) => Admin.RemoveJob(JobKind.Live, id);

    /// <summary>Replaces the faults in force and the armed one-shot faults (as <c>PUT /__admin/faults</c>).</summary>
    /// <param name="faults">The new settings; members left at their defaults are off.</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message says which.</exception>
    public void SetFaults(FaultSettings faults)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ThrowOnProblems(Admin.SetFaults(faults), nameof(faults));
    }

    /// <summary>Arms a one-shot fault (as <c>POST /__admin/faults/one-shots</c>).</summary>
    /// <param name="fault">Which requests, how many, and what they get.</param>
    /// <exception cref="ArgumentException">The fault is invalid; the message says why.</exception>
    public void AddOneShotFault(OneShotFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ThrowOnProblems(Admin.AddOneShotFault(fault), nameof(fault));
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

    private static void ThrowOnProblems(IReadOnlyList<string> problems, string parameter)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), parameter);
        }
    }
}
