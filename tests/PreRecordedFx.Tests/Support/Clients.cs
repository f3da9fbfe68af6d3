using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PreRecordedFx.Tests;

/// <summary>Clients on a scripted server, with tiny retry delays so tests stay fast.</summary>
public static class Clients
{
    public const string Key = "sk-test-7f3a9c1e5b";

    public static GladiaClientOptions Options(Action<GladiaClientOptions>? configure = null)
    {
        var options = new GladiaClientOptions
        {
            ApiKey = Key,
            BaseUrl = Wire.Api,
            Retry = new RetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(50) },
        };
        configure?.Invoke(options);
        return options;
    }

    public static GladiaClient On(HttpMessageHandler handler, Action<GladiaClientOptions>? configure = null) =>
        new(Options(configure), handler);

    public static GladiaClient Logged(HttpMessageHandler handler, ILoggerFactory loggerFactory, Action<GladiaClientOptions>? configure = null) =>
        new(Options(configure), handler, loggerFactory);

    public static ILoggerFactory NoLogs => NullLoggerFactory.Instance;
}
