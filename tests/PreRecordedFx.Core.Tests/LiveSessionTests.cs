using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>
/// A live session (Gladia's <c>StreamingResponse</c>) parses as strictly and tolerantly as a job: every typed field
/// exactly, unknown members and values kept, a missing required member a <c>Left</c> naming it.
/// </summary>
public sealed class LiveSessionTests
{
    private static LiveSession Parse(string json) => Right(Responses.ParseLiveSession(Json(200, json)));

    [Fact]
    public void The_envelope_and_file_parse_as_a_jobs_do()
    {
        var session = Parse(Fixture("live-done.json"));

        Assert.Equal("7c1e4b2a-0d3f-4e5a-8b9c-1d2e3f4a5b6c", session.Id);
        Assert.Equal("G-7c1e4b2a", session.RequestId);
        Assert.Equal(2, session.Version);
        Assert.Equal(JobStatus.Done, session.Status);
        Assert.Equal(new DateTimeOffset(2026, 9, 11, 8, 0, 0, TimeSpan.Zero), session.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 9, 11, 8, 5, 30, 250, TimeSpan.Zero), Some(session.CompletedAt));
        Assert.Equal("u-42", Some(session.CustomMetadata)["userId"].GetString());
        Assert.Same(JobKinds.Live, session.Kind);
        Assert.Equal(330.25, Some(Some(session.File).AudioDuration));
        Assert.True(Some(session.File).Filename.IsNone);
    }

    [Fact]
    public void The_streams_parameters_are_typed_and_every_other_member_is_kept()
    {
        var parameters = Some(Parse(Fixture("live-done.json")).RequestParams);

        Assert.Equal("wav/pcm", Some(parameters.Encoding));
        Assert.Equal(16, Some(parameters.BitDepth));
        Assert.Equal(16000, Some(parameters.SampleRate));
        Assert.Equal(1, Some(parameters.Channels));
        Assert.Equal("solaria-1", Some(parameters.Model));
        Assert.Equal(0.05, Some(parameters.Endpointing));
        Assert.Equal(5, Some(parameters.MaximumDurationWithoutEndpointing));
        Assert.Equal(["fr", "en"], Some(parameters.LanguageConfig).Languages);
        Assert.True(Some(parameters.LanguageConfig).CodeSwitching);
        Assert.False(Some(parameters.Callback));
        Assert.Equal(["realtime_processing", "messages_config", "future_option"], parameters.Other.Keys);
        Assert.Equal("kept", parameters.Other["future_option"].GetString());
    }

    [Fact]
    public void The_result_has_the_transcription_the_add_ons_and_the_messages()
    {
        var result = Some(Parse(Fixture("live-done.json")).Result);

        Assert.Equal(330.25, result.Metadata.AudioDuration);
        Assert.Equal("Bonjour. Hello.", Some(result.Transcription).FullTranscript);
        Assert.Equal("fr", Assert.Single(Some(result.Transcription).Utterances).Language);
        Assert.Equal("A greeting.", Some(Some(result.Summarization).Results).GetString());
        Assert.Equal([("summarization", Some(result.Summarization))], result.PresentAddOns);
        Assert.Equal(2, result.Messages.Count);
        Assert.StartsWith("{\"type\":\"start_session\"", result.Messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_session_without_messages_or_request_params_reads_no_messages_and_none()
    {
        var json = JsonNode.Parse(Fixture("live-done.json"))!;
        json["result"]!.AsObject().Remove("messages");
        json.AsObject().Remove("request_params");

        var session = Parse(json.ToJsonString());

        Assert.Empty(Some(session.Result).Messages);
        Assert.True(session.RequestParams.IsNone);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("request_id")]
    [InlineData("version")]
    [InlineData("status")]
    [InlineData("created_at")]
    [InlineData("result.metadata")]
    [InlineData("file.id")]
    public void A_session_without_a_required_member_is_malformed_and_names_it(string member)
    {
        var body = RequiredMemberTests.Without(Fixture("live-done.json"), member);

        var error = LeftOf<PreRecordedError.MalformedResponse, LiveSession>(Responses.ParseLiveSession(Json(200, body)));

        Assert.Contains($"has no '{member.Split('.')[^1]}' (it is missing or null)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_and_kind_are_kept_as_sent()
    {
        var json = JsonNode.Parse(Fixture("live-done.json"))!;
        json["status"] = "paused";
        json["kind"] = "replay";

        var session = Parse(json.ToJsonString());

        Assert.Equal(JobStatusKind.Unknown, session.Status.Kind);
        Assert.Equal("paused", session.Status.Value);
        Assert.Equal("replay", session.Kind);
    }

    [Fact]
    public void A_live_page_parses_whole_sessions_and_as_envelopes_of_kind_live()
    {
        var session = JsonNode.Parse(Fixture("live-done.json"))!;
        var page = new JsonObject
        {
            ["first"] = "https://api.gladia.io/v2/live?offset=0&limit=1",
            ["current"] = "https://api.gladia.io/v2/live?offset=0&limit=1",
            ["next"] = "https://api.gladia.io/v2/live?offset=1&limit=1",
            ["items"] = new JsonArray(session),
        }.ToJsonString();

        var whole = Right(Responses.ParseLivePage(Json(200, page)));
        var envelopes = Right(Responses.ParseEnvelopePage(Json(200, page)));

        Assert.Equal("Bonjour. Hello.", Some(Some(Assert.Single(whole.Items).Result).Transcription).FullTranscript);
        Assert.Equal(new Uri("https://api.gladia.io/v2/live?offset=1&limit=1"), Some(whole.Next));
        var (fromWhole, envelope) = (Assert.Single(whole.Items).ToEnvelope(), Assert.Single(envelopes.Items));
        Assert.Equal((fromWhole.Id, fromWhole.Status, fromWhole.AudioDuration), (envelope.Id, envelope.Status, envelope.AudioDuration));
        Assert.Equal("u-42", Some(envelope.CustomMetadata)["userId"].GetString());
        Assert.Equal(JobKinds.Live, envelope.Kind);
    }

    [Fact]
    public void A_session_built_in_code_has_kind_live_and_serialises_to_what_it_parses_from()
    {
        var session = new LiveSession("7c1e4b2a-0d3f-4e5a-8b9c-1d2e3f4a5b6c", "G-7c1e4b2a", 2, JobStatus.Queued, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            RequestParams: new LiveRequestParams(Encoding: "wav/alaw", SampleRate: 8000));

        var json = System.Text.Json.JsonSerializer.Serialize(session, GladiaJsonContext.Default.LiveSession);

        Assert.Equal(JobKinds.Live, session.Kind);
        Assert.Equal(session, Parse(json), LiveSessionEquality.Instance);
        Assert.Contains("\"kind\":\"live\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_that_serves_both_kinds_reads_them_through_one_interface()
    {
        IJobEnvelope[] jobs = [Parse(Fixture("live-done.json")), Right(Responses.ParseJob(FixtureExchange(200, "job-done.json")))];

        Assert.Equal(["live", "pre-recorded"], jobs.Select(job => job.Kind));
        Assert.All(jobs, job => Assert.Equal(JobStatus.Done, job.Status));
    }

    [Fact]
    public void Live_params_built_in_code_write_every_member_they_are_given_and_copy_the_others()
    {
        var other = new Dictionary<string, System.Text.Json.JsonElement> { ["messages_config"] = System.Text.Json.JsonDocument.Parse("{\"receive_partial_transcripts\":true}").RootElement };
        var parameters = new LiveRequestParams(
            Encoding: "wav/ulaw",
            BitDepth: 8,
            SampleRate: 8000,
            Channels: 2,
            Model: "solaria-1",
            Endpointing: 0.3,
            MaximumDurationWithoutEndpointing: 30,
            LanguageConfig: new LanguageConfig(["de"]),
            Callback: true,
            Other: other);
        other.Clear();

        var read = Some(Parse(System.Text.Json.JsonSerializer.Serialize(
            new LiveSession("7c1e4b2a-0d3f-4e5a-8b9c-1d2e3f4a5b6c", "G-7c1e4b2a", 2, JobStatus.Done, DateTimeOffset.UnixEpoch, RequestParams: parameters),
            GladiaJsonContext.Default.LiveSession)).RequestParams);

        Assert.Equal(
            ("wav/ulaw", 8, 8000, 2, "solaria-1", 0.3, 30.0, "de", true),
            (Some(read.Encoding), Some(read.BitDepth), Some(read.SampleRate), Some(read.Channels), Some(read.Model), Some(read.Endpointing),
                Some(read.MaximumDurationWithoutEndpointing), Assert.Single(Some(read.LanguageConfig).Languages), Some(read.Callback)));
        Assert.True(read.Other["messages_config"].GetProperty("receive_partial_transcripts").GetBoolean());
        Assert.Empty(new LiveRequestParams().Other);
    }

    [Fact]
    public void A_live_result_built_in_code_keeps_its_add_ons_and_messages()
    {
        var summary = new AddOnResult(true, false, 0.1);
        var result = new LiveResult(
            new ResultMetadata(1, 1, 1, 1),
            new Transcription("hi", ["en"], []),
            Translation: summary,
            Summarization: summary,
            NamedEntityRecognition: summary,
            SentimentAnalysis: summary,
            Chapterization: summary,
            Messages: (string[])["{}"]);

        Assert.Equal(["translation", "summarization", "named_entity_recognition", "sentiment_analysis", "chapterization"], result.PresentAddOns.Select(addOn => addOn.Name));
        Assert.Equal("hi", Some(result.Transcription).FullTranscript);
        Assert.Equal(["{}"], result.Messages);
    }

    // Records compare their options' contents by reference for the dictionary; the wire fields are what matter here.
    private sealed class LiveSessionEquality : IEqualityComparer<LiveSession>
    {
        public static LiveSessionEquality Instance { get; } = new();

        public bool Equals(LiveSession? x, LiveSession? y) =>
            x is not null && y is not null && x.ToEnvelope() == y.ToEnvelope()
            && Some(x.RequestParams).Encoding == Some(y.RequestParams).Encoding
            && Some(x.RequestParams).SampleRate == Some(y.RequestParams).SampleRate;

        public int GetHashCode(LiveSession obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
