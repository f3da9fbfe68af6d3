using System.Text.Json;
using LanguageExt;
using static PreRecordedFx.Tests.Events.EventSupport;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests.Events;

/// <summary>Every event Gladia documents, read from its documented body, is the union's matching case.</summary>
public sealed class EventParsingTests
{
    [Fact]
    public void A_success_callback_is_a_succeeded_job_with_the_result_a_job_would_show()
    {
        var succeeded = Event<GladiaEvent.JobSucceeded>(Fixture("callback-success.json"));

        var job = Right(Responses.ParseJob(FixtureExchange(200, "job-done.json")));
        Assert.Equal(JobId, succeeded.JobId);
        Assert.Equal("transcription.success", succeeded.Name);
        Assert.Equal(Some(job.Result).Metadata, succeeded.Result.Metadata);
        Assert.Equal("Hello there. General Kenobi.", Some(succeeded.Result.Transcription).FullTranscript);
        Assert.True(succeeded.Result.Summarization.IsSome);
        var metadata = Some(succeeded.CustomMetadata);
        Assert.Equal(["n", "user"], metadata.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("John Doe", metadata["user"].GetString());
        Assert.Equal(42, metadata["n"].GetInt32());
    }

    [Fact]
    public void An_error_callback_is_a_failed_job_with_its_error()
    {
        var failed = Event<GladiaEvent.JobFailed>(Fixture("callback-error.json"));

        Assert.Equal(JobId, failed.JobId);
        Assert.Equal("transcription.error", failed.Name);
        Assert.Equal(new JobFailure(500, "Internal Server Error"), failed.Error);
        Assert.Equal(500, failed.Error.Code);
        Assert.Equal("Internal Server Error", failed.Error.Message);
        Assert.Equal("John Doe", Some(failed.CustomMetadata)["user"].GetString());
    }

    [Theory]
    [InlineData("callback-success.json")]
    [InlineData("callback-error.json")]
    public void A_callback_without_metadata_or_with_null_metadata_has_none(string fixture)
    {
        Assert.True(Metadata(Right(Parse(Without(fixture, "custom_metadata")))).IsNone);
        Assert.True(Metadata(Right(Parse(Edited(fixture, "custom_metadata", null)))).IsNone);
    }

    [Fact]
    public void A_created_webhook_carries_the_job_id()
    {
        var created = Event<GladiaEvent.JobCreatedWebhook>(Fixture("webhook-created.json"));

        Assert.Equal(new GladiaEvent.JobCreatedWebhook(JobId), created);
        Assert.Equal("transcription.created", created.Name);
    }

    [Fact]
    public void A_success_webhook_carries_the_job_id()
    {
        var succeeded = Event<GladiaEvent.JobSucceededWebhook>(Fixture("webhook-success.json"));

        Assert.Equal(JobId, succeeded.JobId);
        Assert.Equal("transcription.success", succeeded.Name);
    }

    [Fact]
    public void An_error_webhook_carries_the_job_id()
    {
        var failed = Event<GladiaEvent.JobFailedWebhook>(Fixture("webhook-error.json"));

        Assert.Equal(JobId, failed.JobId);
        Assert.Equal("transcription.error", failed.Name);
    }

    [Fact]
    public void A_created_event_is_a_webhook_even_with_an_id_at_the_top()
    {
        var body = Edited("webhook-created.json", "id", "another-id");

        Assert.Equal(JobId, Event<GladiaEvent.JobCreatedWebhook>(body).JobId);
    }

    [Fact]
    public void An_event_the_library_does_not_know_keeps_its_name_and_whole_body()
    {
        var body = Fixture("webhook-live-start-session.json");

        var unknown = Event<GladiaEvent.UnknownEvent>(body);

        Assert.Equal("live.start_session", unknown.Name);
        Assert.Equal(JsonValueKind.Object, unknown.Body.ValueKind);
        Assert.Equal("9f6b2b1c-3f4e-4a5b-8c7d-1e2f3a4b5c6d", unknown.Body.GetProperty("payload").GetProperty("id").GetString());
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(body).RootElement, unknown.Body));
    }

    [Fact]
    public void An_unknown_event_is_kept_whatever_its_payload()
    {
        var unknown = Event<GladiaEvent.UnknownEvent>("""{"payload": 3, "event": "live.end_session", "error": [1]}""");

        Assert.Equal("live.end_session", unknown.Name);
        Assert.Equal(3, unknown.Body.GetProperty("payload").GetInt32());
    }

    [Fact]
    public void Members_are_read_in_any_order_and_unknown_members_are_ignored()
    {
        var body = $$"""
            {"custom_metadata": {"k": "v"}, "later": {"a": [1, {"b": 2}]}, "error": {"message": "m", "code": 422, "extra": true},
             "event": "transcription.error", "id": "{{JobId}}"}
            """;

        var failed = Event<GladiaEvent.JobFailed>(body);

        Assert.Equal(new JobFailure(422, "m"), failed.Error);
        Assert.Equal("v", Some(failed.CustomMetadata)["k"].GetString());
    }

    [Fact]
    public void A_payload_before_the_event_name_is_still_read_as_the_result()
    {
        var body = $$$"""{"payload": {"metadata": {"audio_duration": 1.5, "number_of_distinct_channels": 1, "billing_time": 1.5, "transcription_time": 0.25}}, "id": "{{{JobId}}}", "event": "transcription.success"}""";

        var succeeded = Event<GladiaEvent.JobSucceeded>(body);

        Assert.Equal(new ResultMetadata(1.5, 1, 1.5, 0.25), succeeded.Result.Metadata);
        Assert.True(succeeded.Result.Transcription.IsNone);
        Assert.True(succeeded.CustomMetadata.IsNone);
    }

    [Fact]
    public void White_space_around_the_object_is_fine()
    {
        Assert.Equal(JobId, Event<GladiaEvent.JobSucceededWebhook>("\n  " + Fixture("webhook-success.json") + "\r\n\t ").JobId);
    }

    [Fact]
    public void Match_runs_the_function_of_each_case()
    {
        static string Case(string fixture) =>
            Right(Parse(Fixture(fixture))).Match(
                jobSucceeded: e => "succeeded " + e.JobId,
                jobFailed: e => "failed " + e.Error.Code,
                jobCreatedWebhook: e => "created " + e.JobId,
                jobSucceededWebhook: e => "succeeded webhook " + e.JobId,
                jobFailedWebhook: e => "failed webhook " + e.JobId,
                unknownEvent: e => "unknown " + e.Name);

        Assert.Equal("succeeded " + JobId, Case("callback-success.json"));
        Assert.Equal("failed 500", Case("callback-error.json"));
        Assert.Equal("created " + JobId, Case("webhook-created.json"));
        Assert.Equal("succeeded webhook " + JobId, Case("webhook-success.json"));
        Assert.Equal("failed webhook " + JobId, Case("webhook-error.json"));
        Assert.Equal("unknown live.start_session", Case("webhook-live-start-session.json"));
    }

    [Fact]
    public void Match_refuses_a_missing_function()
    {
        var created = new GladiaEvent.JobCreatedWebhook(JobId);
        Func<GladiaEvent.JobSucceeded, int> succeeded = _ => 1;
        Func<GladiaEvent.JobFailed, int> failed = _ => 2;
        Func<GladiaEvent.JobCreatedWebhook, int> createdWebhook = _ => 3;
        Func<GladiaEvent.JobSucceededWebhook, int> succeededWebhook = _ => 4;
        Func<GladiaEvent.JobFailedWebhook, int> failedWebhook = _ => 5;
        Func<GladiaEvent.UnknownEvent, int> unknown = _ => 6;

        Assert.Equal("jobSucceeded", Assert.Throws<ArgumentNullException>(() => created.Match(null!, failed, createdWebhook, succeededWebhook, failedWebhook, unknown)).ParamName);
        Assert.Equal("jobFailed", Assert.Throws<ArgumentNullException>(() => created.Match(succeeded, null!, createdWebhook, succeededWebhook, failedWebhook, unknown)).ParamName);
        Assert.Equal("jobCreatedWebhook", Assert.Throws<ArgumentNullException>(() => created.Match(succeeded, failed, null!, succeededWebhook, failedWebhook, unknown)).ParamName);
        Assert.Equal("jobSucceededWebhook", Assert.Throws<ArgumentNullException>(() => created.Match(succeeded, failed, createdWebhook, null!, failedWebhook, unknown)).ParamName);
        Assert.Equal("jobFailedWebhook", Assert.Throws<ArgumentNullException>(() => created.Match(succeeded, failed, createdWebhook, succeededWebhook, null!, unknown)).ParamName);
        Assert.Equal("unknownEvent", Assert.Throws<ArgumentNullException>(() => created.Match(succeeded, failed, createdWebhook, succeededWebhook, failedWebhook, null!)).ParamName);
        Assert.Equal(3, created.Match(succeeded, failed, createdWebhook, succeededWebhook, failedWebhook, unknown));
    }

    private static Option<IReadOnlyDictionary<string, JsonElement>> Metadata(GladiaEvent e) =>
        e switch
        {
            GladiaEvent.JobSucceeded succeeded => succeeded.CustomMetadata,
            GladiaEvent.JobFailed failed => failed.CustomMetadata,
            _ => throw new Xunit.Sdk.XunitException($"not a callback: {e.Name}"),
        };
}
