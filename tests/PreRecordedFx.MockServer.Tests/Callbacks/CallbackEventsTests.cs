using static PreRecordedFx.MockServer.Tests.Callbacks.CallbackKit;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary>What the mock sends is what the library's own event parser (<see cref="GladiaEvents"/>) reads.</summary>
public sealed class CallbackEventsTests
{
    [Fact]
    public async Task The_library_parses_every_callback_and_webhook_the_mock_sends()
    {
        await using var hooks = await LoopbackReceiver.StartAsync();
        await using var callbacks = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions(hooks.Origin + "/"));
        using var client = mock.CreateAuthorizedClient();
        var callback = $$""" "callback": true, "callback_config": {"url": "{{callbacks.Origin}}/"}, "summarization": true """;

        var done = await CreateId(client, Body(callback));
        await callbacks.WaitFor(1);
        await hooks.WaitFor(2);
        var failed = await CreateId(client, Body(callback, fails: true));
        var received = await callbacks.WaitFor(2);
        var webhooks = await hooks.WaitFor(4);

        var succeeded = Assert.IsType<GladiaEvent.JobSucceeded>(Parse(received[0].Body));
        var job = Responses.ParseJob(new HttpExchange(200, [], await client.GetByteArrayAsync(Wire.Jobs + "/" + done), DateTimeOffset.UnixEpoch))
            .Match(Right: parsed => parsed, Left: error => throw new InvalidOperationException(error.Message));
        Assert.Equal(done, succeeded.JobId);
        var expected = job.Result.Bind(result => result.Transcription).Map(transcription => transcription.FullTranscript).IfNone("(none)");
        Assert.False(string.IsNullOrEmpty(expected));
        Assert.Equal(expected, succeeded.Result.Transcription.Map(transcription => transcription.FullTranscript).IfNone("(missing)"));
        Assert.Equal("Ada", succeeded.CustomMetadata.Map(metadata => metadata["user"].GetString()).IfNone(""));

        var failure = Assert.IsType<GladiaEvent.JobFailed>(Parse(received[1].Body));
        Assert.Equal((failed, 400, "Bad Request"), (failure.JobId, failure.Error.Code, failure.Error.Message));

        Assert.Equal(
            [new GladiaEvent.JobCreatedWebhook(done), new GladiaEvent.JobSucceededWebhook(done), new GladiaEvent.JobCreatedWebhook(failed), new GladiaEvent.JobFailedWebhook(failed)],
            webhooks.Select(request => Parse(request.Body)));
    }

    private static GladiaEvent Parse(byte[] body) =>
        GladiaEvents.Parse(body).Match(Right: parsed => parsed, Left: error => throw new InvalidOperationException(error.Message));
}
