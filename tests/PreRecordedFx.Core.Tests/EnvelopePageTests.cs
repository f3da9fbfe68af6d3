using System.Text.Json.Nodes;
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
        (e.Id, e.RequestId, e.Version, e.Status, e.CreatedAt, e.CompletedAt, e.ErrorCode, e.Kind, e.File,
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
        Assert.True(Some(done.File).AudioDuration.IsSome);
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
