namespace PreRecordedFx.Reliability.Tests;

/// <summary>The hostile API server and the other origin its redirects and links point at, both on loopback.</summary>
public sealed class HostileServers : IAsyncLifetime
{
    public const string Key = "sk-reliability-5d1e8c7a9f";

    public HostileScript Other { get; } = new(otherOrigin: null);

    public HostileScript Api { get; private set; } = null!;

    public LoopbackServer OtherServer { get; private set; } = null!;

    public LoopbackServer ApiServer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        OtherServer = await LoopbackServer.StartAsync(Other.AnswerAsync);
        Api = new HostileScript(OtherServer.BaseUrl);
        ApiServer = await LoopbackServer.StartAsync(Api.AnswerAsync);
    }

    public async Task DisposeAsync()
    {
        await ApiServer.DisposeAsync();
        await OtherServer.DisposeAsync();
    }

    /// <summary>Options with every operation's budget set to <paramref name="timeout"/> and tiny retry delays.</summary>
    public GladiaClientOptions Options(TimeSpan timeout) => new()
    {
        ApiKey = Key,
        BaseUrl = ApiServer.BaseUrl,
        GetTimeout = timeout,
        ListTimeout = timeout,
        DeleteTimeout = timeout,
        FileTimeout = timeout,
        MaxResponseBytes = 256 * 1024,
        Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(20) },
    };
}
