namespace PreRecordedFx.Tests;

/// <summary>The exact sentences and boundaries of option validation, as a user reads them when startup fails.</summary>
public class OptionsMessageTests
{
    [Fact]
    public void Validate_lists_every_problem_in_one_sentence()
    {
        var options = Clients.Options(o =>
        {
            o.ApiKey = null;
            o.MaxRedirects = -2;
        });

        var thrown = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(
            "Invalid GladiaClientOptions: ApiKey is missing (set it, or the GLADIA_API_KEY environment variable); MaxRedirects must be 0 or more, was -2.",
            thrown.Message);
    }

    [Fact]
    public void Each_problem_names_the_setting_and_its_value()
    {
        var options = Clients.Options(o =>
        {
            o.GetTimeout = TimeSpan.Zero;
            o.Retry = new RetryOptions { MaxRetries = 101, BaseDelay = TimeSpan.FromDays(2), MaxDelay = TimeSpan.FromSeconds(-1) };
            o.VersionHeader = " ";
            o.MaxResponseBytes = -5;
        });

        Assert.Equal(
            [
                "GetTimeout must be positive and at most a day, was 00:00:00",
                "Retry.MaxRetries must be between 0 and 100, was 101",
                "Retry.BaseDelay must be positive and at most a day, was 2.00:00:00",
                "Retry.MaxDelay must be positive and at most a day, was -00:00:01",
                "VersionHeader must be non-empty printable text",
                "MaxResponseBytes must be positive, was -5",
            ],
            options.Problems());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(101, false)]
    [InlineData(-1, false)]
    public void MaxRetries_may_be_0_to_100(int maxRetries, bool valid) =>
        Assert.Equal(valid, Clients.Options(o => o.Retry.MaxRetries = maxRetries).Problems().Count == 0);

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void A_timeout_must_be_more_than_zero(long ticks, bool valid) =>
        Assert.Equal(valid, Clients.Options(o => o.ListTimeout = TimeSpan.FromTicks(ticks)).Problems().Count == 0);

    [Fact]
    public void A_timeout_of_a_day_and_a_tick_is_too_long()
    {
        var problem = Assert.Single(Clients.Options(o => o.FileTimeout = TimeSpan.FromDays(1) + TimeSpan.FromTicks(1)).Problems());

        Assert.StartsWith("FileTimeout must be positive and at most a day", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_url_with_a_fragment_is_refused_with_its_value()
    {
        var problem = Assert.Single(Clients.Options(o => o.BaseUrl = new Uri("https://api.test/#top")).Problems());

        Assert.Equal("BaseUrl must not have a query or fragment, was 'https://api.test/#top'", problem);
    }

    [Fact]
    public void A_base_url_with_another_scheme_is_refused_with_its_value()
    {
        var problem = Assert.Single(Clients.Options(o => o.BaseUrl = new Uri("ftp://api.test/")).Problems());

        Assert.Equal("BaseUrl must be an absolute http or https URL, was 'ftp://api.test/'", problem);
    }

    [Fact]
    public void The_version_header_defaults_to_the_sdk_name_and_version()
    {
        var header = new GladiaClientOptions().VersionHeader;

        Assert.StartsWith("SdkDotnet/", header, StringComparison.Ordinal);
        Assert.True(header.Length > "SdkDotnet/".Length);
    }

    [Fact]
    public void ToString_lists_every_setting_in_order_without_the_key()
    {
        var text = Clients.Options(o =>
        {
            o.VersionHeader = "SdkDotnet/9.9.9";
            o.MaxResponseBytes = 1234;
            o.MaxRedirects = 7;
        }).ToString();

        Assert.Equal(
            "GladiaClientOptions { ApiKey = ***, BaseUrl = https://api.test/, GetTimeout = 00:00:10, ListTimeout = 00:00:10, DeleteTimeout = 00:01:00, "
            + "FileTimeout = 00:05:00, UploadTimeout = 00:10:00, CreateTimeout = 00:00:30, Retry = RetryOptions { MaxRetries = 3, BaseDelay = 00:00:00.0010000, MaxDelay = 00:00:00.0500000 }, "
            + "VersionHeader = SdkDotnet/9.9.9, MaxResponseBytes = 1234, MaxRedirects = 7 }",
            text);
    }
}
