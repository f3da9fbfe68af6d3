using System.Text.Json;
using System.Text.Json.Nodes;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>A job's <c>custom_metadata</c>: read as a dictionary over one copy of the object, written back as read.</summary>
public sealed class CustomMetadataTests
{
    private const string Metadata = """{"userId":"u-42","attempt":3,"tags":["a","b"],"none":null}""";

    private static string JobWith(string metadata)
    {
        var job = JsonNode.Parse(Fixture("job-done.json"))!.AsObject();
        job["custom_metadata"] = JsonNode.Parse(metadata);
        return job.ToJsonString();
    }

    private static IReadOnlyDictionary<string, JsonElement> Read(string metadata) =>
        Some(Right(Responses.ParseJob(Json(200, JobWith(metadata)))).CustomMetadata);

    [Fact]
    public void Every_member_reads_as_a_dictionary_entry_in_order()
    {
        var metadata = Read(Metadata);

        Assert.Equal(4, metadata.Count);
        Assert.Equal(["userId", "attempt", "tags", "none"], metadata.Keys);
        Assert.Equal(["\"u-42\"", "3", "[\"a\",\"b\"]", "null"], metadata.Values.Select(v => v.GetRawText()));
        Assert.Equal(["userId=u-42", "attempt=3"], metadata.Take(2).Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(4, ((System.Collections.IEnumerable)metadata).Cast<object>().Count());
    }

    [Fact]
    public void Lookups_find_members_and_say_which_key_is_missing()
    {
        var metadata = Read(Metadata);

        Assert.Equal("u-42", metadata["userId"].GetString());
        Assert.Equal(JsonValueKind.Null, metadata["none"].ValueKind);
        Assert.True(metadata.ContainsKey("attempt"));
        Assert.False(metadata.ContainsKey("userid"));
        Assert.True(metadata.TryGetValue("attempt", out var attempt));
        Assert.Equal(3, attempt.GetInt32());
        Assert.False(metadata.TryGetValue("missing", out _));
        Assert.Equal("custom_metadata has no 'missing'", Assert.Throws<KeyNotFoundException>(() => metadata["missing"]).Message);
    }

    [Fact]
    public void An_empty_object_is_an_empty_dictionary_and_null_is_none()
    {
        Assert.Empty(Read("{}"));
        Assert.True(Right(Responses.ParseJob(Json(200, JobWith("null")))).CustomMetadata.IsNone);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("\"userId=u-42\"")]
    [InlineData("7")]
    public void Metadata_that_is_not_an_object_is_malformed_for_jobs_and_envelopes(string metadata)
    {
        var job = JobWith(metadata);
        var page = $$"""{"first":"https://api.gladia.io/v2/pre-recorded","current":"https://api.gladia.io/v2/pre-recorded","next":null,"items":[{{job}}]}""";

        Assert.Contains("custom_metadata must be an object", LeftOf<PreRecordedError.MalformedResponse, Job>(Responses.ParseJob(Json(200, job))).Reason, StringComparison.Ordinal);
        Assert.Contains("custom_metadata must be an object", LeftOf<PreRecordedError.MalformedResponse, JobEnvelopePage>(Responses.ParseEnvelopePage(Json(200, page))).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_read_is_written_back_with_its_metadata_as_it_came()
    {
        var job = Right(Responses.ParseJob(Json(200, JobWith(Metadata))));

        var written = JsonNode.Parse(JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job))!;

        Assert.Equal(Metadata, written["custom_metadata"]!.ToJsonString());
    }

    [Fact]
    public void A_job_built_with_a_dictionary_is_written_with_its_metadata()
    {
        var metadata = new Dictionary<string, JsonElement> { ["userId"] = JsonSerializer.SerializeToElement("u-7"), ["n"] = JsonSerializer.SerializeToElement(1) };
        var job = new Job("id-1", "G-id-1", 2, JobStatus.Done, DateTimeOffset.UnixEpoch, CustomMetadata: metadata);

        var written = JsonNode.Parse(JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job))!;

        Assert.Equal("""{"userId":"u-7","n":1}""", written["custom_metadata"]!.ToJsonString());
        Assert.Equal("u-7", Some(Right(Responses.ParseJob(Json(200, written.ToJsonString()))).CustomMetadata)["userId"].GetString());
    }
}
