using System.Text.Json;
using System.Text.Json.Nodes;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// The schema check itself can fail: a real job of the mock, changed in one place into a shape the mock used to send
/// (or another the document forbids), is refused at that place; what the document allows as <c>nullable</c> is accepted.
/// </summary>
public sealed class GladiaDocumentReadingTests(MockFixture mock) : IClassFixture<MockFixture>
{
    public static TheoryData<string, string> Breaks => new()
    {
        { "model", "/request_params/model" },
        { "add-on null", "/result/moderation" },
        { "speaker null", "/result/transcription/utterances/0/speaker" },
        { "sentences as objects", "/result/sentences/results/0" },
        { "translation result without utterances", "/result/translation/results/0" },
        { "post_session_metadata null", "/post_session_metadata" },
        { "subtitles_config null", "/request_params/subtitles_config" },
        { "file without id", "/file" },
        { "unknown status", "/status" },
        { "created_at not a date", "/created_at" },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public async Task A_job_changed_into_an_undocumented_shape_is_refused_where_it_changed(string change, string location)
    {
        var job = await DoneJob();
        switch (change)
        {
            case "model": job["request_params"]!["model"] = "fast"; break;
            case "add-on null": job["result"]!["moderation"] = null; break;
            case "speaker null": job["result"]!["transcription"]!["utterances"]![0]!["speaker"] = null; break;
            case "sentences as objects": job["result"]!["sentences"] = AddOn(new JsonArray(new JsonObject { ["sentence"] = "Hello.", ["start"] = 0.1, ["end"] = 0.9 })); break;
            case "translation result without utterances": job["result"]!["translation"] = AddOn(new JsonArray(new JsonObject { ["full_transcript"] = "Bonjour.", ["languages"] = new JsonArray("fr") })); break;
            case "post_session_metadata null": job["post_session_metadata"] = null; break;
            case "subtitles_config null": job["request_params"]!["subtitles_config"] = null; break;
            case "file without id": job["file"]!.AsObject().Remove("id"); break;
            case "unknown status": job["status"] = "finished"; break;
            case "created_at not a date": job["created_at"] = "yesterday"; break;
        }

        var problems = GladiaContract.Schemas.Problems("PreRecordedResponse", Element(job));

        Assert.Contains(problems, p => p.StartsWith(location, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("completed_at")]
    [InlineData("error_code")]
    [InlineData("file")]
    [InlineData("request_params")]
    [InlineData("result")]
    public async Task A_member_the_document_marks_nullable_accepts_null(string member)
    {
        var job = await DoneJob();
        job[member] = null;

        Assert.Empty(GladiaContract.Schemas.Problems("PreRecordedResponse", Element(job)));
    }

    private static JsonObject AddOn(JsonNode results) =>
        new() { ["success"] = true, ["is_empty"] = false, ["exec_time"] = 0.5, ["error"] = null, ["results"] = results };

    private async Task<JsonObject> DoneJob()
    {
        var jobs = await mock.Client.AllJobs();
        var done = jobs.First(j => j.GetProperty("status").GetString() == "done"
            && j.GetProperty("result").GetProperty("transcription").GetProperty("utterances")[0].TryGetProperty("speaker", out _));
        return JsonNode.Parse(done.GetRawText())!.AsObject();
    }

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
