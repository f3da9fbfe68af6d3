using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>A job's <c>kind</c>: the usual one shared by every job read, any other kept, a wrong type refused.</summary>
public sealed class JobKindTests
{
    private static string JobWithKind(JsonNode? kind)
    {
        var job = JsonNode.Parse(Fixture("job-done.json"))!.AsObject();
        job["kind"] = kind;
        return job.ToJsonString();
    }

    private static string PageOf(string job) =>
        $$"""{"first":"https://api.gladia.io/v2/pre-recorded","current":"https://api.gladia.io/v2/pre-recorded","next":null,"items":[{{job}}]}""";

    [Fact]
    public void Pre_recorded_is_one_shared_string_in_jobs_and_envelopes()
    {
        var first = Right(Responses.ParseJob(FixtureExchange(200, "job-done.json")));
        var second = Right(Responses.ParseJob(FixtureExchange(200, "job-done.json")));
        var envelope = Right(Responses.ParseEnvelopePage(Json(200, PageOf(Fixture("job-done.json"))))).Items[0];

        Assert.Equal("pre-recorded", first.Kind);
        Assert.Same(first.Kind, second.Kind);
        Assert.Same(first.Kind, envelope.Kind);
    }

    [Fact]
    public void Another_kind_is_kept_as_sent()
    {
        var job = Right(Responses.ParseJob(Json(200, JobWithKind("live"))));

        Assert.Equal("live", job.Kind);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("{}")]
    public void A_kind_that_is_not_a_string_is_malformed(string kind)
    {
        var body = JobWithKind(JsonNode.Parse(kind));

        Assert.Contains("kind must be a string", LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(Json(200, body))).Reason, StringComparison.Ordinal);
        Assert.IsType<PreRecordedError.MalformedResponse>(Left(Responses.ParseEnvelopePage(Json(200, PageOf(body)))));
    }

    [Fact]
    public void A_kind_written_back_reads_as_it_was()
    {
        var job = Right(Responses.ParseJob(Json(200, JobWithKind("live"))));

        var written = System.Text.Json.JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job);

        Assert.Contains("\"kind\":\"live\"", written, StringComparison.Ordinal);
    }
}
