using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PreRecordedFx.MockServer.Tests;

public sealed class KeyNeverLoggedTests
{
    private sealed class CapturingProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capture(CapturingProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }

    private sealed class FailingClock : TimeProvider
    {
        public bool Armed { get; set; }

        public override DateTimeOffset GetUtcNow()
        {
            if (Armed)
            {
                Armed = false;
                throw new InvalidOperationException("clock failure");
            }

            return System.GetUtcNow();
        }
    }

    [Fact]
    public async Task Neither_the_right_key_nor_a_wrong_one_ever_reaches_the_logs()
    {
        var provider = new CapturingProvider();
        var clock = new FailingClock();
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 10, ApiKey = "very-secret-key-42", RedirectFiles = true }, clock);
        await using var logged = mock.WithWebHostBuilder(builder =>
            builder.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(provider).SetMinimumLevel(LogLevel.Trace))));

        using var wrong = logged.CreateClient();
        wrong.DefaultRequestHeaders.Add("x-gladia-key", "wrong-key-guess-17");
        using (await wrong.GetAsync(Wire.Jobs))
        {
        }

        using var right = logged.CreateClient();
        right.DefaultRequestHeaders.Add("x-gladia-key", "very-secret-key-42");
        var id = (await right.AllJobs()).First(j => j.GetProperty("status").GetString() == "done").Id();
        clock.Armed = true;
        using (await right.GetAsync(Wire.Jobs + "/" + id + "/file"))
        {
        }

        // The provider did capture: the provoked failure was logged.
        Assert.Contains(provider.Lines, line => line.Contains("Unhandled error", StringComparison.Ordinal));
        Assert.DoesNotContain(provider.Lines, line => line.Contains("very-secret-key-42", StringComparison.Ordinal));
        Assert.DoesNotContain(provider.Lines, line => line.Contains("wrong-key-guess-17", StringComparison.Ordinal));
    }
}
