using PreRecordedFx.MockServer;

namespace PreRecordedFx.Tests;

/// <summary>The mock hosted in memory, and clients on it through its TestServer handler (no sockets).</summary>
public sealed class MockServer : IAsyncDisposable
{
    public MockServer(MockServerOptions? options = null)
    {
        Factory = new MockServerFactory(options ?? new MockServerOptions { Jobs = 45 });
        Handler = Factory.Server.CreateHandler();
    }

    public MockServerFactory Factory { get; }

    public HttpMessageHandler Handler { get; }

    public GladiaClient Client(Action<GladiaClientOptions>? configure = null) =>
        Client(Handler, configure);

    public GladiaClient Client(HttpMessageHandler handler, Action<GladiaClientOptions>? configure = null)
    {
        var options = new GladiaClientOptions
        {
            ApiKey = MockServerOptions.DefaultApiKey,
            BaseUrl = Factory.Server.BaseAddress,
            Retry = new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };
        configure?.Invoke(options);
        return new GladiaClient(options, handler);
    }

    public async ValueTask DisposeAsync()
    {
        Handler.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>One shared, read-only mock for the tests that do not delete.</summary>
public sealed class SharedMock : IAsyncLifetime
{
    public MockServer Server { get; private set; } = null!;

    public IReadOnlyList<Job> AllJobs { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = new MockServer();
        using var client = Server.Client();
        var all = new List<Job>();
        await foreach (var item in client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit(100)))
        {
            all.Add(Results.RightOf(item));
        }

        AllJobs = all;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
