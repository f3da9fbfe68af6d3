namespace PreRecordedFx.Tests;

public class OptionsTests
{
    [Fact]
    public void Defaults_follow_gladias_sdks()
    {
        var options = new GladiaClientOptions();

        Assert.Equal((10, 10, 60, 300), ((int)options.GetTimeout.TotalSeconds, (int)options.ListTimeout.TotalSeconds, (int)options.DeleteTimeout.TotalSeconds, (int)options.FileTimeout.TotalSeconds));
        Assert.Equal((3, 1, 30), (options.Retry.MaxRetries, (int)options.Retry.BaseDelay.TotalSeconds, (int)options.Retry.MaxDelay.TotalSeconds));
        Assert.Equal((32L * 1024 * 1024, 5), (options.MaxResponseBytes, options.MaxRedirects));
    }

    [Fact]
    public void A_missing_key_fails_fast_at_construction_with_a_clear_message()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new GladiaClient(Clients.Options(o => o.ApiKey = " ")));

        Assert.Contains("ApiKey is missing", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("GLADIA_API_KEY", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/relative")]
    [InlineData("ftp://api.test")]
    [InlineData("https://api.test/?x=1")]
    public void A_bad_base_url_fails_fast(string url)
    {
        var thrown = Assert.Throws<ArgumentException>(() => new GladiaClient(Clients.Options(o => o.BaseUrl = new Uri(url, UriKind.RelativeOrAbsolute))));

        Assert.Contains("BaseUrl", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var options = Clients.Options(o =>
        {
            o.GetTimeout = TimeSpan.Zero;
            o.ListTimeout = TimeSpan.FromSeconds(-1);
            o.DeleteTimeout = TimeSpan.FromDays(2);
            o.FileTimeout = Timeout.InfiniteTimeSpan;
            o.UploadTimeout = TimeSpan.Zero;
            o.CreateTimeout = TimeSpan.FromTicks(-1);
            o.Retry = new RetryOptions { MaxRetries = -1, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
            o.VersionHeader = "bad\nheader";
            o.MaxResponseBytes = 0;
            o.MaxRedirects = -1;
        });

        var problems = string.Join("|", options.Problems());

        foreach (var name in new[] { "GetTimeout", "ListTimeout", "DeleteTimeout", "FileTimeout", "UploadTimeout", "CreateTimeout", "Retry.MaxRetries", "Retry.BaseDelay", "Retry.MaxDelay", "VersionHeader", "MaxResponseBytes", "MaxRedirects" })
        {
            Assert.Contains(name, problems, StringComparison.Ordinal);
        }

        Assert.Equal(12, options.Problems().Count);
    }

    [Fact]
    public void Valid_options_have_no_problems_and_edge_values_are_accepted()
    {
        var options = Clients.Options(o =>
        {
            o.GetTimeout = TimeSpan.FromDays(1);
            o.MaxResponseBytes = 1;
            o.MaxRedirects = 0;
            o.Retry.MaxRetries = 0;
            o.BaseUrl = new Uri("http://localhost:5089");
        });

        Assert.Empty(options.Problems());
        options.Validate();
    }

    [Fact]
    public void A_null_retry_is_a_problem_not_a_crash()
    {
        Assert.Contains("Retry must not be null", Clients.Options(o => o.Retry = null!).Problems());
    }

    [Fact]
    public void The_client_copies_the_options_so_later_edits_do_not_reach_it()
    {
        var options = Clients.Options();
        var handler = new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson()));
        using var client = new GladiaClient(options, handler);

        options.BaseUrl = new Uri("https://elsewhere.test");
        options.ApiKey = "changed";

        Assert.Contains("api.test", client.ToString(), StringComparison.Ordinal);
    }
}
