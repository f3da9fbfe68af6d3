using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Events.EventSupport;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests.Events;

/// <summary>A body that breaks the documented contract is a MalformedResponse naming the member, never an exception.</summary>
public sealed class MalformedEventTests
{
    [Fact]
    public void Broken_JSON_is_malformed_with_the_start_of_the_body()
    {
        var error = Malformed("{\"event\": \"transcription.created\", ]");

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("{\"event\": \"transcription.created\", ]", error.Excerpt);
        Assert.Equal(502, error.Code);
        Assert.StartsWith("Malformed response (HTTP 200): ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("callback-success.json")]
    [InlineData("callback-error.json")]
    [InlineData("webhook-created.json")]
    [InlineData("webhook-live-start-session.json")]
    public void A_truncated_body_is_malformed_whatever_the_event(string fixture)
    {
        var body = Fixture(fixture).TrimEnd();

        foreach (var length in new[] { 1, body.Length / 3, body.Length / 2, body.Length - 1 })
        {
            Assert.NotEmpty(Malformed(body[..length]).Reason);
        }
    }

    [Fact]
    public void An_empty_body_is_malformed_with_an_empty_excerpt()
    {
        var error = Malformed(string.Empty);

        Assert.Equal(string.Empty, error.Excerpt);
        Assert.NotEmpty(error.Reason);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"transcription.success\"")]
    [InlineData("42")]
    public void A_body_that_is_not_an_object_is_malformed(string body)
    {
        Assert.Equal("the event is not a JSON object", Malformed(body).Reason);
    }

    [Theory]
    [InlineData("{} {}")]
    [InlineData("{\"event\": \"live.x\"} x")]
    public void Anything_after_the_object_is_malformed(string body)
    {
        Assert.Contains("after a single JSON value", Malformed(body).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"event\": null, \"payload\": {\"id\": \"x\"}}")]
    public void An_event_without_a_name_is_malformed_and_says_so(string body)
    {
        Assert.Equal("the event has no 'event' (it is missing or null)", Malformed(body).Reason);
    }

    [Theory]
    [InlineData("event", "42")]
    [InlineData("event", "{\"name\": \"transcription.success\"}")]
    [InlineData("id", "true")]
    [InlineData("id", "[\"a\"]")]
    public void A_name_or_id_that_is_not_a_string_is_malformed_and_named(string member, string value)
    {
        var body = Edited("callback-success.json", member, JsonNode.Parse(value));

        Assert.Equal($"the event's '{member}' is not a string", Malformed(body).Reason);
    }

    [Theory]
    [InlineData("callback-success.json", "payload", "the transcription.success callback has no 'payload' (it is missing or null)")]
    [InlineData("callback-error.json", "error", "the transcription.error callback has no 'error' (it is missing or null)")]
    [InlineData("webhook-created.json", "payload", "the transcription.created webhook has no 'payload' (it is missing or null)")]
    [InlineData("webhook-success.json", "payload", "the transcription.success webhook has no 'payload' (it is missing or null)")]
    [InlineData("webhook-error.json", "payload", "the transcription.error webhook has no 'payload' (it is missing or null)")]
    public void A_missing_or_null_required_member_is_malformed_and_named(string fixture, string member, string reason)
    {
        Assert.Equal(reason, Malformed(Without(fixture, member)).Reason);
        Assert.Equal(reason, Malformed(Edited(fixture, member, null)).Reason);
    }

    [Theory]
    [InlineData("webhook-created.json")]
    [InlineData("webhook-success.json")]
    [InlineData("webhook-error.json")]
    public void A_webhook_payload_without_the_job_id_is_malformed_and_named(string fixture)
    {
        Assert.Equal(
            "the webhook payload has no 'id' (it is missing or null) Path: $.payload",
            Malformed(Without(fixture, "payload.id")).Reason);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("message")]
    public void An_error_without_its_code_or_message_is_malformed_and_named(string member)
    {
        Assert.Equal(
            $"the error has no '{member}' (it is missing or null) Path: $.error",
            Malformed(Without("callback-error.json", "error." + member)).Reason);
    }

    [Fact]
    public void A_result_without_its_metadata_is_malformed_with_the_path_from_the_top()
    {
        Assert.Equal(
            "the result has no 'metadata' (it is missing or null) Path: $.payload",
            Malformed(Without("callback-success.json", "payload.metadata")).Reason);
    }

    [Fact]
    public void A_nested_member_is_named_with_its_path_from_the_top()
    {
        var reason = Malformed(Without("callback-success.json", "payload.metadata.billing_time")).Reason;

        Assert.Equal("the result metadata has no 'billing_time' (it is missing or null) Path: $.payload.metadata", reason);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_malformed_with_its_path_from_the_top()
    {
        var reason = Malformed(Edited("callback-success.json", "payload.metadata.audio_duration", "long")).Reason;

        Assert.Equal("The JSON value could not be converted to System.Nullable`1[System.Double]. Path: $.payload.metadata.audio_duration", reason);
    }

    [Theory]
    [InlineData("callback-success.json", "payload", "[]")]
    [InlineData("callback-error.json", "error", "\"boom\"")]
    [InlineData("webhook-created.json", "payload", "\"x\"")]
    [InlineData("callback-success.json", "custom_metadata", "[1, 2]")]
    [InlineData("callback-error.json", "custom_metadata", "\"user\"")]
    public void A_member_that_is_not_an_object_is_malformed_and_named(string fixture, string member, string value)
    {
        var reason = Malformed(Edited(fixture, member, JsonNode.Parse(value))).Reason;

        Assert.StartsWith("The JSON value could not be converted to ", reason, StringComparison.Ordinal);
        Assert.EndsWith($" Path: $.{member}", reason, StringComparison.Ordinal);
        Assert.Single(reason.Split(" Path: ")[1..]);
    }

    [Fact]
    public void An_event_name_that_is_not_UTF_8_is_malformed()
    {
        byte[] body = [.. "{\"event\": \""u8, 0xFF, 0xFE, .. "\", \"payload\": {\"id\": \"x\"}}"u8];

        var error = LeftOf<PreRecordedError.MalformedResponse, GladiaEvent>(GladiaEvents.Parse(body));

        Assert.Equal("Cannot transcode invalid UTF-8 JSON text to UTF-16 string.", error.Reason);
        Assert.StartsWith("{\"event\": \"", error.Excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_body_is_excerpted()
    {
        var error = Malformed(Without("callback-success.json", "payload.metadata"));

        Assert.Equal(201, error.Excerpt.Length);
        Assert.EndsWith("…", error.Excerpt, StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"45463597", error.Excerpt, StringComparison.Ordinal);
    }
}
