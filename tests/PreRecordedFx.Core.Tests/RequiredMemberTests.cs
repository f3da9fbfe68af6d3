using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>
/// Every member the wire format requires, taken out of (or set to null in) a real answer: the answer is malformed
/// and the reason names the member and where it was.
/// </summary>
public sealed class RequiredMemberTests
{
    [Theory]
    [InlineData("id", "$", "job")]
    [InlineData("request_id", "$", "job")]
    [InlineData("version", "$", "job")]
    [InlineData("status", "$", "job")]
    [InlineData("created_at", "$", "job")]
    [InlineData("file.id", "$.file", "file")]
    [InlineData("result.metadata", "$.result", "result")]
    [InlineData("result.metadata.audio_duration", "$.result.metadata", "result metadata")]
    [InlineData("result.metadata.number_of_distinct_channels", "$.result.metadata", "result metadata")]
    [InlineData("result.metadata.billing_time", "$.result.metadata", "result metadata")]
    [InlineData("result.metadata.transcription_time", "$.result.metadata", "result metadata")]
    [InlineData("result.transcription.full_transcript", "$.result.transcription", "transcription")]
    [InlineData("result.transcription.languages", "$.result.transcription", "transcription")]
    [InlineData("result.transcription.utterances", "$.result.transcription", "transcription")]
    [InlineData("result.transcription.utterances.0.start", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.transcription.utterances.0.end", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.transcription.utterances.0.confidence", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.transcription.utterances.0.channel", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.transcription.utterances.0.words", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.transcription.utterances.0.text", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.transcription.utterances.0.language", "$.result.transcription.utterances[0]", "utterance")]
    [InlineData("result.summarization.success", "$.result.summarization", "add-on result")]
    [InlineData("result.summarization.is_empty", "$.result.summarization", "add-on result")]
    [InlineData("result.summarization.exec_time", "$.result.summarization", "add-on result")]
    public void A_job_without_a_required_member_is_malformed_and_says_which_and_where(string member, string where, string model)
    {
        var error = MalformedJob(Without(Fixture("job-done.json"), member));

        Assert.Contains($"the {model} has no '{member.Split('.')[^1]}' (it is missing or null)", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith($" Path: {where}", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version")]
    [InlineData("status")]
    [InlineData("created_at")]
    [InlineData("result.metadata.billing_time")]
    [InlineData("result.transcription.utterances.0.channel")]
    [InlineData("result.summarization.success")]
    public void A_required_value_that_is_null_is_malformed_and_named(string member)
    {
        var json = JsonNode.Parse(Fixture("job-done.json"))!;
        var (parent, name) = Locate(json, member);
        parent[name] = null;

        var error = MalformedJob(json.ToJsonString());

        Assert.Contains($"has no '{name}' (it is missing or null)", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("first")]
    [InlineData("current")]
    [InlineData("items")]
    public void A_page_without_a_required_member_is_malformed_and_names_it(string member)
    {
        var error = LeftOf<PreRecordedError.MalformedResponse, JobPage>(Responses.ParsePage(Json(200, Without(Fixture("page.json"), member))));

        Assert.Contains($"the page has no '{member}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_required_lists_are_read_as_empty_not_as_missing()
    {
        var json = JsonNode.Parse(Fixture("job-done.json"))!;
        var transcription = json["result"]!["transcription"]!;
        transcription["languages"] = new JsonArray();
        transcription["utterances"] = new JsonArray();

        var read = Some(Some(Right(Responses.ParseJob(Json(200, json.ToJsonString()))).Result).Transcription);

        Assert.Empty(read.Languages);
        Assert.Empty(read.Utterances);
    }

    private static PreRecordedError.MalformedResponse MalformedJob(string body) =>
        LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(Json(200, body)));

    internal static string Without(string fixture, string member)
    {
        var json = JsonNode.Parse(fixture)!;
        var (parent, name) = Locate(json, member);
        Assert.True(parent.AsObject().Remove(name), $"the fixture has {member}");
        return json.ToJsonString();
    }

    // "a.b.0.c": object members by name, array elements by index; the last segment is the member itself.
    private static (JsonNode Parent, string Name) Locate(JsonNode root, string member)
    {
        var segments = member.Split('.');
        var parent = segments[..^1].Aggregate(root, (node, segment) =>
            int.TryParse(segment, out var index) ? node[index]! : node[segment]!);
        return (parent, segments[^1]);
    }
}
