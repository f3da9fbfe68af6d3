using System.Net;
using Microsoft.Extensions.Configuration;

namespace PreRecordedFx.MockServer.Tests.Admin;

/// <summary>
/// <see cref="MockServerOptions.Faults"/> is the one source of the faults at start: the flat option names (and the
/// switches bound to them) read and write it, its rules are the options' rules, and a reset goes back to it.
/// </summary>
public sealed class FaultsSourceTests
{
    [Fact]
    public void The_flat_options_read_and_write_the_fault_settings()
    {
        var options = new MockServerOptions { LatencyMs = 5, RateLimit = 3, RateLimitWindowSeconds = 9, RetryAfter = 4, ErrorRate = 0.5, TruncateRate = 0.25, RedirectFiles = true };

        Assert.Equal(
            new FaultSettings { LatencyMs = 5, RateLimit = 3, RateLimitWindowSeconds = 9, RetryAfter = 4, ErrorRate = 0.5, TruncateRate = 0.25, RedirectFiles = true, OneShots = options.Faults.OneShots },
            options.Faults);
        options.Faults = new FaultSettings { ErrorRate = 0.1 };
        Assert.Equal((0, 0, 1, 1, 0.1, 0.0, false), (options.LatencyMs, options.RateLimit, options.RateLimitWindowSeconds, options.RetryAfter, options.ErrorRate, options.TruncateRate, options.RedirectFiles));
    }

    [Fact]
    public void The_options_report_the_fault_rules_of_the_settings()
    {
        var options = new MockServerOptions { Faults = new FaultSettings { LatencyMs = -1, OneShots = [new OneShotFault { Status = 99 }] } };

        Assert.Equal(options.Faults.Problems(), options.Problems());
        Assert.Equal(["LatencyMs must be between 0 and 600000", "OneShots[0].Status must be between 200 and 599"], options.Problems());
        Assert.Equal(["Faults must not be null"], new MockServerOptions { Faults = null! }.Problems());
    }

    [Fact]
    public void The_switches_bind_onto_the_settings_and_the_banner_describes_them()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mock:ErrorRate"] = "0.25",
            ["Mock:RateLimit"] = "10",
        }).Build();

        var options = configuration.GetSection(MockServerOptions.SectionName).Get<MockServerOptions>()!;

        Assert.Equal(0.25, options.Faults.ErrorRate);
        Assert.Equal(10, options.Faults.RateLimit);
        Assert.Equal("rate limit 10/1s (Retry-After 1), 5xx share 0.25", options.DescribeFaults());
        Assert.Equal("2 one-shot fault(s)", new FaultSettings { OneShots = [new OneShotFault(), new OneShotFault()] }.Describe());
    }

    [Fact]
    public async Task One_shot_faults_in_the_options_are_armed_at_start_and_again_after_a_reset()
    {
        var fault = new OneShotFault { Method = "GET", Path = Wire.Jobs, Status = 503 };
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 3, Faults = new FaultSettings { OneShots = [fault] } });
        using var client = mock.CreateAuthorizedClient();

        Assert.Equal([fault], mock.Faults.OneShots);
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], [await Status(), await Status()]);
        mock.SetFaults(new FaultSettings { ErrorRate = 1 });
        mock.Reset();

        Assert.Equal(0, mock.Faults.ErrorRate);
        Assert.Equal([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK], [await Status(), await Status()]);

        async Task<HttpStatusCode> Status()
        {
            using var response = await client.GetAsync(Wire.Jobs);
            return response.StatusCode;
        }
    }
}
