using System.Net;
using System.Text.Json;
using static PreRecordedFx.MockServer.Tests.Callbacks.CallbackKit;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary>
/// A job created with a callback calls a real loopback receiver when it finishes, with the configured method and
/// Gladia's callback body; failed deliveries are retried; the journal tells what happened without the URL's query.
/// </summary>
public sealed class CallbackDeliveryTests
{
    [Fact]
    public async Task A_finished_job_posts_its_result_and_metadata_to_the_callback_url()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, Body($$"""
            "callback": true, "callback_config": {"url": "{{receiver.Origin}}/hooks/gladia?token=s3cret"}, "diarization": true
            """));

        var request = Assert.Single(await receiver.WaitFor(1));
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hooks/gladia?token=s3cret", request.PathAndQuery);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var body = JsonOf(request.Body);
        using var job = await client.Json(Wire.Jobs + "/" + id);
        Assert.Equal(["id", "event", "payload", "custom_metadata"], body.EnumerateObject().Select(member => member.Name));
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal("transcription.success", body.GetProperty("event").GetString());
        Assert.Equal(job.RootElement.GetProperty("result").GetRawText(), body.GetProperty("payload").GetRawText());
        Assert.Equal("""{"user":"Ada","n":7}""", body.GetProperty("custom_metadata").GetRawText());
    }

    [Fact]
    public async Task The_configured_put_method_is_used()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        await CreateId(client, Body($$"""
            "callback": true, "callback_config": {"url": "{{receiver.Origin}}/put-here", "method": "PUT"}
            """));

        var request = Assert.Single(await receiver.WaitFor(1));
        Assert.Equal(("PUT", "/put-here"), (request.Method, request.PathAndQuery));
        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal("PUT", delivery.Method);
    }

    [Fact]
    public async Task The_deprecated_callback_url_gets_a_post()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, Body($$""" "callback_url": "{{receiver.Origin}}/old" """));

        var request = Assert.Single(await receiver.WaitFor(1));
        Assert.Equal(("POST", "/old"), (request.Method, request.PathAndQuery));
        Assert.Equal(id, JsonOf(request.Body).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_failed_job_sends_the_error_callback()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/"} """, fails: true));

        var body = JsonOf(Assert.Single(await receiver.WaitFor(1)).Body);
        Assert.Equal(["id", "event", "error", "custom_metadata"], body.EnumerateObject().Select(member => member.Name));
        Assert.Equal(id, body.GetProperty("id").GetString());
        Assert.Equal("transcription.error", body.GetProperty("event").GetString());
        Assert.Equal("""{"code":400,"message":"Bad Request"}""", body.GetProperty("error").GetRawText());
        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal(("callback", "transcription.error", id), (delivery.Kind, delivery.Event, delivery.JobId));
    }

    [Fact]
    public async Task Without_callback_true_the_callback_config_is_not_called()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        await CreateId(client, Body($$""" "callback_config": {"url": "{{receiver.Origin}}/"} """));
        await CreateId(client, Body($$""" "callback": false, "callback_config": {"url": "{{receiver.Origin}}/"} """));

        await Task.Delay(300);
        Assert.Empty(receiver.Requests);
        Assert.Empty(mock.Callbacks);
    }

    [Fact]
    public async Task A_delivery_answered_500_is_retried_until_it_succeeds_and_the_journal_counts_the_attempts()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(500, 503);
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/retry"} """));

        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Equal(new CallbackDelivery(delivery.Time, "callback", "transcription.success", id, "POST", receiver.Origin + "/retry", 200, true, 3, null), delivery);
        Assert.Single(receiver.Requests.Select(request => Convert.ToBase64String(request.Body)).Distinct());
    }

    [Fact]
    public async Task A_target_that_never_answers_2xx_is_given_up_after_the_configured_attempts()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(500, 500, 500, 500, 500);
        var options = FastOptions();
        options.CallbackAttempts = 3;
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/down"} """));

        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal((500, false, 3, (string?)null), (delivery.Status, delivery.Delivered, delivery.Attempts, delivery.Failure));
        Assert.Equal(3, receiver.Requests.Count);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_journaled_as_a_failure_without_a_status()
    {
        string origin;
        await using (var gone = await LoopbackReceiver.StartAsync())
        {
            origin = gone.Origin;
        }

        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{origin}}/closed"} """));

        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal(((int?)null, false, 4, "the connection failed"), (delivery.Status, delivery.Delivered, delivery.Attempts, delivery.Failure));
    }

    [Fact]
    public async Task The_journal_masks_the_query_and_user_info_of_the_target_and_never_shows_the_keys()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        var options = FastOptions();
        options.ApiKey = "mock-key-1234";
        options.AdminKey = "admin-key-5678";
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        var target = receiver.Origin.Replace("http://", "http://user:pa55@", StringComparison.Ordinal) + "/k/mock-key-1234?token=s3cret&sig=abc";

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{target}}"} """));

        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal(receiver.Origin + "/k/***?***", delivery.Target);
        using var admin = new HttpRequestMessage(HttpMethod.Get, "/__admin/callbacks");
        admin.Headers.Add("x-admin-key", "admin-key-5678");
        using var answer = await client.SendAsync(admin);
        var journal = await answer.Content.ReadAsStringAsync();
        Assert.Contains("/k/***?***", journal, StringComparison.Ordinal);
        foreach (var secret in new[] { "s3cret", "sig=", "pa55", "user", "mock-key-1234", "admin-key-5678" })
        {
            Assert.DoesNotContain(secret, journal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_admin_journal_lists_deliveries_in_snake_case_and_delete_and_reset_empty_it()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var mock = new MockServerFactory(FastOptions());
        using var client = mock.CreateAuthorizedClient();
        var id = await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/j"} """));
        await Journaled(mock, 1);

        using var listed = await client.Json("/__admin/callbacks");
        var entry = Assert.Single(listed.RootElement.EnumerateArray());
        Assert.Equal(
            ["time", "kind", "event", "job_id", "method", "target", "status", "delivered", "attempts"],
            entry.EnumerateObject().Select(member => member.Name));
        Assert.Equal(id, entry.GetProperty("job_id").GetString());
        using var cleared = await client.DeleteAsync("/__admin/callbacks");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(mock.Callbacks);

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/j"} """));
        await Journaled(mock, 1);
        using var reset = await client.PostAsync("/__admin/reset", null);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        using var afterReset = await client.Json("/__admin/callbacks");
        Assert.Equal(0, afterReset.RootElement.GetArrayLength());

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/j"} """));
        await Journaled(mock, 1);
        mock.ClearCallbacks();
        Assert.Empty(mock.Callbacks);
    }

    [Fact]
    public async Task A_reset_drops_the_callbacks_of_jobs_that_have_not_finished()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero));
        await using var receiver = await LoopbackReceiver.StartAsync();
        var options = FastOptions();
        options.QueuedSeconds = 2;
        options.ProcessingSeconds = 3;
        await using var mock = new MockServerFactory(options, clock);
        using var client = mock.CreateAuthorizedClient();

        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/"} """));
        mock.Reset();
        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(300);

        Assert.Empty(receiver.Requests);
        Assert.Empty(mock.Callbacks);
    }

    [Fact]
    public async Task Under_the_lifecycle_the_callback_waits_until_the_mocks_clock_reaches_the_end_of_the_job()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero));
        await using var receiver = await LoopbackReceiver.StartAsync();
        var options = FastOptions();
        options.Lifecycle = true;
        options.QueuedSeconds = 2;
        options.ProcessingSeconds = 3;
        await using var mock = new MockServerFactory(options, clock);
        using var client = mock.CreateAuthorizedClient();

        var id = await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/"} """));
        clock.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(300);
        Assert.Empty(receiver.Requests);

        clock.Advance(TimeSpan.FromSeconds(0.1));
        var body = JsonOf(Assert.Single(await receiver.WaitFor(1)).Body);
        Assert.Equal(id, body.GetProperty("id").GetString());
        var delivery = Assert.Single(await Journaled(mock, 1));
        Assert.Equal(clock.Now, delivery.Time);
    }

    [Fact]
    public async Task Stopping_the_mock_ends_a_delivery_waiting_to_retry_at_once()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(500);
        var options = FastOptions();
        options.CallbackRetryDelayMs = 60_000;
        var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        await CreateId(client, Body($$""" "callback": true, "callback_config": {"url": "{{receiver.Origin}}/"} """));
        await receiver.WaitFor(1);

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await mock.DisposeAsync();

        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), stopping.Elapsed.ToString());
        Assert.Single(receiver.Requests);
    }
}
