using Microsoft.AspNetCore.Builder;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>Options out of range are refused when the endpoint is mapped, not when the first event arrives.</summary>
public sealed class OptionsTests
{
    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    public void A_limit_under_one_byte_is_refused(long maxBodyBytes)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Map(new GladiaCallbackOptions { MaxBodyBytes = maxBodyBytes }));

        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void A_limit_of_one_byte_is_taken()
    {
        Map(new GladiaCallbackOptions { MaxBodyBytes = 1 });
    }

    [Fact]
    public void An_empty_secret_token_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Map(new GladiaCallbackOptions { SecretToken = string.Empty }));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("The secret token is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_token_parameter_is_refused()
    {
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Map(new GladiaCallbackOptions { SecretToken = "t", SecretTokenParameter = string.Empty })).ParamName);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        using var app = WebApplication.CreateSlimBuilder().Build();

        Assert.Equal("endpoints", Assert.Throws<ArgumentNullException>(() => GladiaCallbackEndpoints.MapGladiaCallbacks(null!, "/e", (_, _) => Task.CompletedTask)).ParamName);
        Assert.Equal("pattern", Assert.Throws<ArgumentNullException>(() => app.MapGladiaCallbacks(null!, (_, _) => Task.CompletedTask)).ParamName);
        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => app.MapGladiaCallbacks("/e", null!)).ParamName);
    }

    [Fact]
    public void The_defaults_are_32_MiB_and_the_token_parameter()
    {
        var options = new GladiaCallbackOptions();

        Assert.Equal(32L * 1024 * 1024, options.MaxBodyBytes);
        Assert.Null(options.SecretToken);
        Assert.Equal("token", options.SecretTokenParameter);
    }

    private static void Map(GladiaCallbackOptions options)
    {
        using var app = WebApplication.CreateSlimBuilder().Build();
        app.MapGladiaCallbacks("/e", (_, _) => Task.CompletedTask, options);
    }
}
