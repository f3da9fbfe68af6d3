using System.Net;
using Microsoft.AspNetCore.Http;
using static PreRecordedFx.AspNetCore.Tests.Receiver;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>What Gladia sends reaches the handler as a typed event, and the answer says how it went.</summary>
public sealed class ReceiverTests
{
    private const string JobId = "45463597-20b7-4af7-b3b3-f5fb778203ab";

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_posted_success_callback_reaches_the_handler_with_the_result_and_is_answered_200(Transport transport)
    {
        await using var receiver = await StartAsync(transport);

        using var response = await receiver.Client.PostAsync(Route, Wire.Json(Fixture("callback-success.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var succeeded = Assert.IsType<GladiaEvent.JobSucceeded>(Assert.Single(receiver.Events));
        Assert.Equal(JobId, succeeded.JobId);
        Assert.Equal(12.5, succeeded.Result.Metadata.AudioDuration);
    }

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_put_error_callback_reaches_the_handler_with_the_error(Transport transport)
    {
        await using var receiver = await StartAsync(transport);

        using var response = await receiver.Client.PutAsync(Route, Wire.Json(Fixture("callback-error.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var failed = Assert.IsType<GladiaEvent.JobFailed>(Assert.Single(receiver.Events));
        Assert.Equal(new JobFailure(500, "Internal Server Error"), failed.Error);
    }

    [Theory]
    [InlineData("webhook-created.json", typeof(GladiaEvent.JobCreatedWebhook))]
    [InlineData("webhook-success.json", typeof(GladiaEvent.JobSucceededWebhook))]
    [InlineData("webhook-error.json", typeof(GladiaEvent.JobFailedWebhook))]
    [InlineData("webhook-live-start-session.json", typeof(GladiaEvent.UnknownEvent))]
    public async Task Every_webhook_and_an_unknown_event_reach_the_handler(string fixture, Type expected)
    {
        await using var receiver = await StartAsync(Transport.InMemory);

        using var response = await receiver.Client.PostAsync(Route, Wire.Json(Fixture(fixture)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType(expected, Assert.Single(receiver.Events));
    }

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_malformed_body_is_answered_400_with_the_parse_error_and_never_reaches_the_handler(Transport transport)
    {
        await using var receiver = await StartAsync(transport);

        using var response = await receiver.Client.PostAsync(Route, Wire.Json("""{"event": "transcription.created"}"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the transcription.created webhook has no 'payload' (it is missing or null)", await Wire.DetailAsync(response));
        Assert.Empty(receiver.Events);
    }

    [Fact]
    public async Task A_chunked_body_is_read_whole()
    {
        await using var receiver = await StartAsync(Transport.Kestrel);

        using var response = await receiver.Client.PostAsync(Route, Wire.Chunked(System.Text.Encoding.UTF8.GetBytes(Fixture("callback-success.json"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<GladiaEvent.JobSucceeded>(Assert.Single(receiver.Events));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Other_methods_are_not_allowed(string method)
    {
        await using var receiver = await StartAsync(Transport.InMemory);

        using var response = await receiver.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Route) { Content = Wire.Json(Fixture("webhook-created.json")) });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Empty(receiver.Events);
    }

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_handler_that_throws_is_answered_500_and_logged_with_its_exception(Transport transport)
    {
        await using var receiver = await StartAsync(transport, handler: (_, _) => throw new InvalidOperationException("the store is down"));

        using var response = await receiver.Client.PostAsync(Route, Wire.Json(Fixture("callback-success.json")));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("the handler failed", await Wire.DetailAsync(response));
        var failure = Assert.Single(receiver.Logs.GetSnapshot(), log => log.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Equal("The handler of a Gladia transcription.success event failed", failure.Message);
        Assert.Equal("the store is down", failure.Exception?.Message);
    }

    [Fact]
    public async Task A_handler_that_throws_asynchronously_is_answered_500()
    {
        await using var receiver = await StartAsync(Transport.InMemory, handler: async (_, _) =>
        {
            await Task.Yield();
            throw new OperationCanceledException("a timeout of the handler's own");
        });

        using var response = await receiver.Client.PostAsync(Route, Wire.Json(Fixture("webhook-error.json")));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_handler_that_answers_itself_keeps_its_answer()
    {
        await using var receiver = await StartAsync(Transport.InMemory, handler: (_, context) =>
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            return context.Response.WriteAsync("queued");
        });

        using var response = await receiver.Client.PostAsync(Route, Wire.Json(Fixture("webhook-created.json")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("queued", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_handler_that_throws_after_answering_keeps_the_answer_it_started()
    {
        await using var receiver = await StartAsync(Transport.Kestrel, handler: async (_, context) =>
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            await context.Response.StartAsync();
            throw new InvalidOperationException("late");
        });

        using var response = await receiver.Client.PostAsync(Route, Wire.Json(Fixture("webhook-created.json")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task The_handler_is_given_the_request_context()
    {
        string? seen = null;
        await using var receiver = await StartAsync(Transport.InMemory, handler: (_, context) =>
        {
            seen = context.Request.Method + " " + context.Request.Path;
            return Task.CompletedTask;
        });

        using var response = await receiver.Client.PutAsync(Route, Wire.Json(Fixture("webhook-created.json")));

        Assert.Equal("PUT /gladia/events", seen);
    }
}
