using System.Text.Json.Nodes;
using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>
/// A page read as envelopes: the jobs' own fields as a whole-job read gives them, what the envelope skips cannot make
/// it fail, and what every job must have still does.
/// </summary>
public sealed class EnvelopePageTests
{
    private static string PageWith(Action<JsonObject> changeFirstJob)
    {
        var page = JsonNode.Parse(Fixture("page.json"))!.AsObject();
        changeFirstJob(page["items"]![0]!.AsObject());
        return page.ToJsonString();
    }

    // Metadata values are JsonElements, equal only to themselves: compared by their text.
    private static object Fields(JobEnvelope e) =>
        (e.Id, e.RequestId, e.Version, e.Status, e.CreatedAt, e.CompletedAt, e.ErrorCode, e.Kind, e.AudioDuration,
            string.Join(",", e.CustomMetadata.IfNone(new Dictionary<string, System.Text.Json.JsonElement>()).Select(p => $"{p.Key}={p.Value.GetRawText()}")));

    [Fact]
    public void The_envelopes_carry_what_the_whole_jobs_carry_but_their_result_and_options()
    {
        var exchange = FixtureExchange(200, "page.json");
        var whole = Right(Responses.ParsePage(exchange));

        var page = Right(Responses.ParseEnvelopePage(exchange));

        Assert.Equal(whole.First, page.First);
        Assert.Equal(whole.Current, page.Current);
        Assert.Equal(whole.Next, page.Next);
        Assert.Equal(whole.Items.Select(job => Fields(job.ToEnvelope())), page.Items.Select(Fields));
        var done = page.Items[0];
        Assert.Equal("45463597-20b7-4af7-b3b3-f5fb778203ab", done.Id);
        Assert.Equal(JobStatus.Done, done.Status);
        Assert.True(done.CompletedAt.IsSome);
        Assert.Equal(12.5, Some(done.AudioDuration));
    }

    [Fact]
    public void An_envelope_is_equal_to_the_whole_jobs_envelope_metadata_and_error_code_included()
    {
        var error = Right(Responses.ParsePage(FixtureExchange(200, "page-last.json"))).Items[0];

        var envelope = Assert.Single(Right(Responses.ParseEnvelopePage(FixtureExchange(200, "page-last.json"))).Items);

        Assert.Equal(Fields(error.ToEnvelope()), Fields(envelope));
        Assert.Equal(error.ErrorCode, envelope.ErrorCode);
        Assert.Equal(error.Kind, envelope.Kind);
        Assert.Equal(error.RequestId, envelope.RequestId);
        Assert.Equal(error.Version, envelope.Version);
    }

    [Theory]
    [InlineData("result")]
    [InlineData("request_params")]
    [InlineData("post_session_metadata")]
    public void A_broken_member_the_envelope_skips_cannot_fail_it_though_it_fails_the_whole_job(string member)
    {
        var body = PageWith(job => job[member] = "not what Gladia sends");
        if (member != "post_session_metadata")
        {
            Assert.IsType<PreRecordedError.MalformedResponse>(Left(Responses.ParsePage(Json(200, body))));
        }

        var page = Right(Responses.ParseEnvelopePage(Json(200, body)));

        Assert.Equal(2, page.Items.Count);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("request_id")]
    [InlineData("version")]
    [InlineData("status")]
    [InlineData("created_at")]
    public void A_job_without_a_member_every_job_has_fails_the_envelope_page_naming_it(string member)
    {
        var body = PageWith(job => job.Remove(member));

        var error = LeftOf<PreRecordedError.MalformedResponse, JobEnvelopePage>(Responses.ParseEnvelopePage(Json(200, body)));

        Assert.Contains($"'{member}'", error.Reason, StringComparison.Ordinal);
        Assert.Equal(error.Reason, LeftOf<PreRecordedError.MalformedResponse, JobPage>(Responses.ParsePage(Json(200, body))).Reason);
    }

    [Theory]
    [InlineData("first")]
    [InlineData("current")]
    [InlineData("items")]
    public void A_page_without_its_links_or_items_fails_naming_the_member(string member)
    {
        var page = JsonNode.Parse(Fixture("page.json"))!.AsObject();
        page.Remove(member);

        var error = LeftOf<PreRecordedError.MalformedResponse, JobEnvelopePage>(Responses.ParseEnvelopePage(Json(200, page.ToJsonString())));

        Assert.Contains($"the page has no '{member}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_status_is_kept_and_the_last_page_has_no_next_link()
    {
        var body = PageWith(job => job["status"] = "archived");

        var page = Right(Responses.ParseEnvelopePage(Json(200, body)));

        Assert.Equal("archived", page.Items[0].Status.ToString());
        Assert.True(Right(Responses.ParseEnvelopePage(FixtureExchange(200, "page-last.json"))).Next.IsNone);
    }

    [Fact]
    public void An_error_answer_is_the_same_error_as_for_whole_pages()
    {
        var exchange = FixtureExchange(429, "error-429.json", ("Retry-After", "7"));

        Assert.Equal(Left(Responses.ParsePage(exchange)), Left(Responses.ParseEnvelopePage(exchange)));
    }

    [Fact]
    public void A_truncated_body_is_malformed()
    {
        var body = Fixture("page.json")[..200];

        Assert.IsType<PreRecordedError.MalformedResponse>(Left(Responses.ParseEnvelopePage(Json(200, body))));
    }
}

/// <summary>What an envelope reads of a job's <c>file</c>: its duration alone.</summary>
public sealed class EnvelopeFileTests
{
    private static Either<PreRecordedError, JobEnvelopePage> PageWithFile(string file)
    {
        var page = JsonNode.Parse(Fixture("page.json"))!.AsObject();
        page["items"]![0]!["file"] = JsonNode.Parse(file);
        return Responses.ParseEnvelopePage(Json(200, page.ToJsonString()));
    }

    [Theory]
    [InlineData("""{"id":"f","audio_duration":7.25,"extra":{"a":[1,{"b":2}]},"filename":"x.wav"}""", 7.25)]
    [InlineData("""{"audio_duration":3}""", 3.0)]
    public void The_duration_is_read_and_everything_else_in_the_file_skipped(string file, double seconds)
    {
        var envelope = Right(PageWithFile(file)).Items[0];

        Assert.Equal(seconds, Some(envelope.AudioDuration));
        Assert.Equal("45463597-20b7-4af7-b3b3-f5fb778203ab", envelope.Id);
        Assert.Equal(JobStatus.Queued, Right(PageWithFile(file)).Items[1].Status);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"id":"f","audio_duration":null}""")]
    public void No_file_or_no_duration_is_none(string file) =>
        Assert.True(Right(PageWithFile(file)).Items[0].AudioDuration.IsNone);

    [Theory]
    [InlineData("\"meeting.wav\"", "file must be an object")]
    [InlineData("""{"audio_duration":"12.5"}""", "file.audio_duration must be a number")]
    public void A_file_of_the_wrong_shape_is_malformed(string file, string reason) =>
        Assert.Contains(reason, LeftOf<PreRecordedError.MalformedResponse, JobEnvelopePage>(PageWithFile(file)).Reason, StringComparison.Ordinal);

    [Fact]
    public void An_envelope_is_written_back_with_a_file_holding_its_duration_alone()
    {
        var envelopes = Right(PageWithFile("""{"id":"f","audio_duration":7.25,"filename":"x.wav"}""")).Items;

        var written = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(envelopes[0], GladiaJsonContext.Default.JobEnvelope))!;
        var none = new JobEnvelope("a", "G-a", 2, JobStatus.Done, DateTimeOffset.UnixEpoch);

        Assert.Equal("""{"audio_duration":7.25}""", written["file"]!.ToJsonString());
        Assert.Equal("45463597-20b7-4af7-b3b3-f5fb778203ab", written["id"]!.GetValue<string>());
        Assert.False(written.AsObject().ContainsKey("result"));
        Assert.Null(JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(none, GladiaJsonContext.Default.JobEnvelope))!["file"]);
        Assert.Equal(7.25, Some(new JobEnvelope("a", "G-a", 2, JobStatus.Done, DateTimeOffset.UnixEpoch, AudioDuration: 7.25).AudioDuration));
    }
}
