using System.Net;
using static PreRecordedFx.MockServer.Tests.Callbacks.CallbackKit;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary>Which callbacks a creation may ask for: loopback targets by default, a clear 400 for anything else.</summary>
public sealed class CallbackTargetTests
{
    [Theory]
    [InlineData("\"callback\": true, \"callback_config\": {\"url\": \"https://hooks.example.com/gladia?token=s3cret\"}", "callback_config.url")]
    [InlineData("\"callback_url\": \"http://10.0.0.7/hook\"", "callback_url")]
    public async Task A_remote_target_is_refused_with_a_gladia_400_naming_the_field(string members, string field)
    {
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        using var response = await Create(client, Body(members));

        await Wire.AssertGladiaError(response, 400, Wire.Jobs);
        using var body = await response.Body();
        var problem = Assert.Single(body.RootElement.GetProperty("validation_errors").EnumerateArray()).GetString();
        Assert.Equal($"Field \"{field}\" must point to a loopback address (localhost, 127.0.0.1 or [::1]): the mock calls no other host unless started with --allow-remote-callbacks", problem);
        Assert.Equal(3, (await client.AllJobs()).Count);
    }

    [Fact]
    public async Task A_remote_target_is_accepted_with_allow_remote_callbacks()
    {
        var options = FastOptions();
        options.AllowRemoteCallbacks = true;
        options.CallbackAttempts = 1;
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, Body(""" "callback": true, "callback_config": {"url": "http://hooks.invalid/gladia?token=s3cret"} """));

        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal((id, "http://hooks.invalid/gladia?***", false), (delivery.JobId, delivery.Target, delivery.Delivered));
        Assert.NotNull(delivery.Failure);
    }

    [Theory]
    [InlineData("\"callback\": true", "Field \"callback_config.url\" is required when \"callback\" is true")]
    [InlineData("\"callback\": true, \"callback_config\": {}", "Field \"callback_config.url\" must be a URL address")]
    [InlineData("\"callback\": true, \"callback_config\": {\"url\": \"ftp://localhost/x\"}", "Field \"callback_config.url\" must be a URL address")]
    [InlineData("\"callback\": true, \"callback_config\": {\"url\": \"http://localhost/x\", \"method\": \"GET\"}", "Field \"callback_config.method\" must be one of the following values: POST, PUT")]
    [InlineData("\"callback\": true, \"callback_config\": {\"url\": \"http://localhost/x\", \"method\": \"post\"}", "Field \"callback_config.method\" must be one of the following values: POST, PUT")]
    public async Task A_callback_that_cannot_be_made_is_a_400_that_says_why(string members, string expected)
    {
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        using var response = await Create(client, Body(members));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = await response.Body();
        Assert.Equal([expected], body.RootElement.GetProperty("validation_errors").EnumerateArray().Select(problem => problem.GetString()));
    }

    [Theory]
    [InlineData("http://localhost:9/x")]
    [InlineData("http://127.0.0.1/x")]
    [InlineData("https://[::1]:8443/x")]
    public async Task Loopback_targets_are_accepted(string url)
    {
        var options = FastOptions();
        options.QueuedSeconds = 60;
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();

        using var response = await Create(client, Body($$""" "callback": true, "callback_config": {"url": "{{url}}", "method": "PUT"} """));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("https://hooks.example.com/", false, "WebhookUrl must point to a loopback address (localhost, 127.0.0.1 or [::1]): the mock calls no other host unless started with --allow-remote-callbacks")]
    [InlineData("not a url", false, "WebhookUrl must be a URL address")]
    [InlineData("https://hooks.example.com/", true, null)]
    [InlineData("http://localhost:5000/hooks", false, null)]
    public void The_webhook_url_option_is_checked_like_a_callback_target(string url, bool allowRemote, string? expected)
    {
        var problems = new MockServerOptions { WebhookUrl = url, AllowRemoteCallbacks = allowRemote }.Problems();

        Assert.Equal(expected is null ? [] : [expected], problems);
    }

    [Fact]
    public void The_delivery_options_are_checked()
    {
        Assert.Equal(
            ["CallbackAttempts must be between 1 and 10", "CallbackRetryDelayMs must be between 0 and 60000"],
            new MockServerOptions { CallbackAttempts = 0, CallbackRetryDelayMs = -1 }.Problems());
        Assert.Equal(
            ["CallbackAttempts must be between 1 and 10", "CallbackRetryDelayMs must be between 0 and 60000"],
            new MockServerOptions { CallbackAttempts = 11, CallbackRetryDelayMs = 60_001 }.Problems());
        Assert.Empty(new MockServerOptions { CallbackAttempts = 10, CallbackRetryDelayMs = 60_000 }.Problems());
        Assert.Empty(new MockServerOptions { CallbackAttempts = 1, CallbackRetryDelayMs = 0 }.Problems());
    }

    [Fact]
    public void The_defaults_are_four_attempts_one_second_apart_doubling_loopback_only_and_no_webhook()
    {
        var options = new MockServerOptions();
        Assert.Equal((4, 1000, false, (string?)null), (options.CallbackAttempts, options.CallbackRetryDelayMs, options.AllowRemoteCallbacks, options.WebhookUrl));
        var copy = new MockServerOptions();
        new MockServerOptions { WebhookUrl = "http://localhost/", AllowRemoteCallbacks = true, CallbackAttempts = 2, CallbackRetryDelayMs = 5 }.CopyTo(copy);
        Assert.Equal(("http://localhost/", true, 2, 5), (copy.WebhookUrl, copy.AllowRemoteCallbacks, copy.CallbackAttempts, copy.CallbackRetryDelayMs));
    }
}
