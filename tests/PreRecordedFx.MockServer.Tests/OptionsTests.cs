using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Hosting;

namespace PreRecordedFx.MockServer.Tests;

public sealed class OptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new MockServerOptions();
        Assert.Equal(42, options.Seed);
        Assert.Equal(200, options.Jobs);
        Assert.Equal("gladia-mock-key", options.ApiKey);
        Assert.Equal("gladia-mock-key", MockServerOptions.DefaultApiKey);
        Assert.Equal(new DateTimeOffset(2026, 9, 30, 0, 0, 0, TimeSpan.Zero), options.ReferenceTime);
        Assert.Equal(100, options.MaxLimit);
        Assert.Equal("http://localhost:5089", MockServerOptions.DefaultUrl);
        Assert.Equal(0, options.LatencyMs);
        Assert.Equal(0, options.RateLimit);
        Assert.Equal(0, options.ErrorRate);
        Assert.Equal(0, options.TruncateRate);
        Assert.False(options.RedirectFiles);
        Assert.Empty(options.Problems());
        Assert.Equal("none", options.DescribeFaults());
    }

    [Fact]
    public void Out_of_range_settings_are_each_reported()
    {
        var options = new MockServerOptions { Jobs = -1, ApiKey = "", ErrorRate = 1.5, TruncateRate = -0.1, MaxLimit = 0, RateLimit = -1 };
        Assert.Equal(6, options.Problems().Count);
    }

    [Fact]
    public async Task A_mock_with_invalid_options_refuses_to_start()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { ErrorRate = 2 });
        Assert.Throws<OptionsValidationException>(() => mock.CreateClient());
    }

    [Fact]
    public void Command_line_switches_bind_onto_the_mock_section()
    {
        string[] args =
        [
            "--seed", "7", "--jobs", "12", "--api-key", "k", "--reference-time", "2026-01-02T03:04:05Z", "--latency-ms", "5",
            "--rate-limit", "10", "--retry-after", "3", "--error-rate", "0.25", "--truncate-rate", "0.5", "--max-limit", "50",
            "--redirect-files",
        ];
        var commandLine = new MockCommandLine().Parse(args);
        Assert.Empty(commandLine.Problems);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(commandLine.Settings).Build();
        var options = configuration.GetSection(MockServerOptions.SectionName).Get<MockServerOptions>()!;

        Assert.Equal(7, options.Seed);
        Assert.Equal(12, options.Jobs);
        Assert.Equal("k", options.ApiKey);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), options.ReferenceTime);
        Assert.Equal(5, options.LatencyMs);
        Assert.Equal(10, options.RateLimit);
        Assert.Equal(3, options.RetryAfter);
        Assert.Equal(0.25, options.ErrorRate);
        Assert.Equal(0.5, options.TruncateRate);
        Assert.Equal(50, options.MaxLimit);
        Assert.True(options.RedirectFiles);
    }

    [Fact]
    public void A_bare_redirect_flag_in_the_middle_does_not_swallow_the_next_switch()
    {
        var bare = new MockCommandLine().Parse(["--redirect-files", "--seed", "3"]);
        Assert.Equal("true", bare.Settings["Mock:RedirectFiles"]);
        Assert.Equal("3", bare.Settings["Mock:Seed"]);
        Assert.Equal("false", new MockCommandLine().Parse(["--redirect-files", "false"]).Settings["Mock:RedirectFiles"]);
    }

    [Fact]
    public void Options_given_to_the_factory_are_copied_not_shared()
    {
        var options = new MockServerOptions { Seed = 3 };
        using var mock = new MockServerFactory(options);
        options.Seed = 4;
        Assert.Equal(3, mock.Options.Seed);
    }

    [Fact]
    public async Task The_max_limit_option_sets_the_page_size_cap()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 30, MaxLimit = 10 });
        using var client = mock.CreateAuthorizedClient();
        using var page = await client.Json(Wire.Jobs + "?limit=25");
        Assert.Equal(10, page.RootElement.GetProperty("items").GetArrayLength());
    }
}
