using System.Text.Json;
using System.Text.Json.Nodes;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// Checks pages and jobs against a document's schemas, collecting every problem. A page is checked as its envelope
/// plus each of its items as a job; a job body already checked (a page's items are the very bytes a get returns)
/// is not checked again, which keeps checking every answer of several seeds to seconds.
/// </summary>
internal sealed class AnswerChecker(OpenApiSchemas schemas, string pageSchema, string jobSchema)
{
    private readonly HashSet<string> checkedJobs = new(StringComparer.Ordinal);

    public List<string> Problems { get; } = [];

    public void Page(JsonElement page, string where)
    {
        var envelope = JsonNode.Parse(page.GetRawText())!.AsObject();
        envelope["items"] = new JsonArray();
        using var json = JsonDocument.Parse(envelope.ToJsonString());
        Problems.AddRange(schemas.Problems(pageSchema, json.RootElement).Select(p => $"{where}: {p}"));
        Assert.Equal(JsonValueKind.Array, page.GetProperty("items").ValueKind);
        var index = 0;
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            Job(item, $"{where} item {index++}");
        }
    }

    public void Job(JsonElement job, string where)
    {
        if (checkedJobs.Add(job.GetRawText()))
        {
            Problems.AddRange(schemas.Problems(jobSchema, job).Select(p => $"{where}: {p}"));
        }
    }

    /// <summary>The problems, at most 30 of them, one per line.</summary>
    public static string Report(IReadOnlyList<string> problems) =>
        string.Join('\n', problems.Take(30)) + (problems.Count > 30 ? $"\n… and {problems.Count - 30} more" : string.Empty);

    /// <summary>This checker's problems, as <see cref="Report(IReadOnlyList{string})"/> writes them.</summary>
    public string Report() => Report(Problems);
}
