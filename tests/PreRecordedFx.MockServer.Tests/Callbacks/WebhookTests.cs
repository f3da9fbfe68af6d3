using static PreRecordedFx.MockServer.Tests.Callbacks.CallbackKit;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary><c>--webhook-url</c>: Gladia's account webhooks for the jobs created through the API.</summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task Created_and_success_or_error_webhooks_carry_the_event_and_the_jobs_id_only()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions(receiver.Origin + "/account?key=w3bhook"));
        using var client = mock.CreateAuthorizedClient();

        var done = await CreateId(client, Body(""));
        var requests = await receiver.WaitFor(2);
        var failed = await CreateId(client, Body("", fails: true));
        requests = await receiver.WaitFor(4);

        Assert.All(requests, request => Assert.Equal(("POST", "/account?key=w3bhook"), (request.Method, request.PathAndQuery)));
        Assert.Equal(
            [
                $$$"""{"event":"transcription.created","payload":{"id":"{{{done}}}"}}""",
                $$$"""{"event":"transcription.success","payload":{"id":"{{{done}}}"}}""",
                $$$"""{"event":"transcription.created","payload":{"id":"{{{failed}}}"}}""",
                $$$"""{"event":"transcription.error","payload":{"id":"{{{failed}}}"}}""",
            ],
            requests.Select(request => System.Text.Encoding.UTF8.GetString(request.Body)));
        var journal = await Journaled(mock, 4);
        Assert.All(journal, delivery => Assert.Equal(("webhook", receiver.Origin + "/account?***", 200, true, 1), (delivery.Kind, delivery.Target, delivery.Status, delivery.Delivered, delivery.Attempts)));
        Assert.Equal(["transcription.created", "transcription.success", "transcription.created", "transcription.error"], journal.Select(delivery => delivery.Event));
    }

    [Fact]
    public async Task A_job_with_a_callback_and_a_webhook_gets_both()
    {
        await using var hooks = await LoopbackReceiver.StartAsync();
        await using var callbacks = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions(hooks.Origin + "/"));
        using var client = mock.CreateAuthorizedClient();

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{callbacks.Origin}}/cb"} """));

        Assert.Equal(2, (await hooks.WaitFor(2)).Count);
        Assert.Equal("transcription.success", JsonOf(Assert.Single(await callbacks.WaitFor(1)).Body).GetProperty("event").GetString());
        Assert.Equal(3, (await Journaled(mock, 3)).Count);
    }

    [Fact]
    public async Task Seeded_jobs_send_no_webhooks()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var options = FastOptions(receiver.Origin + "/");
        options.Lifecycle = true;
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        await client.AllJobs();

        await Task.Delay(300);
        Assert.Empty(receiver.Requests);
    }
}
