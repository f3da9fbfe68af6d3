using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// Every answer of the mock — every job of several seeds, every page, every error body — matches the schemas of
/// Gladia's own OpenAPI document, except where <see cref="GladiaContract.Exceptions"/> says production differs.
/// </summary>
public sealed class GladiaContractTests
{
    private static readonly OpenApiSchemas Gladia = GladiaContract.Schemas;

    [Theory]
    [InlineData(42)]
    [InlineData(7)]
    [InlineData(2026)]
    public async Task Every_job_and_every_page_of_a_seed_matches_gladias_schemas(int seed)
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Seed = seed });
        using var client = mock.CreateAuthorizedClient();
        var checker = new AnswerChecker(Gladia, "ListPreRecordedResponse", "PreRecordedResponse");

        // Pages of an uneven size (the last one is short), filtered pages and an empty page.
        string[] firstPages = [Wire.Jobs + "?limit=37", Wire.Jobs + "?limit=20&status=done&status=error", Wire.Jobs + "?custom_metadata%5Bteam%5D=support", Wire.Jobs + "?offset=100000"];
        foreach (var first in firstPages)
        {
            var (_, pages) = await client.FollowAll(first);
            for (var i = 0; i < pages.Count; i++)
            {
                checker.Page(pages[i], $"{first} page {i}");
            }
        }

        foreach (var job in await client.AllJobs())
        {
            using var one = await client.Json(Wire.Jobs + "/" + job.Id());
            checker.Job(one.RootElement, "job " + job.Id());
        }

        Assert.True(checker.Problems.Count == 0, checker.Report());
    }

    public static TheoryData<string> ErrorCases => [.. ErrorRequests.Cases];

    [Theory]
    [MemberData(nameof(ErrorCases))]
    public async Task Every_error_body_matches_gladias_error_schema_for_its_status(string errorCase)
    {
        var (status, body, _, _) = await ErrorRequests.Send(errorCase);

        using var json = JsonDocument.Parse(body);
        var problems = Gladia.Problems(GladiaContract.ErrorSchemaFor(status), json.RootElement);
        Assert.True(problems.Count == 0, AnswerChecker.Report(problems));
        Assert.Equal(status, json.RootElement.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Each_documented_exception_is_needed_by_some_answer_of_the_mock()
    {
        // Without its patch, the answer that needs it breaks the document: the list holds no stale entries.
        var strict = OpenApiSchemas.Load(GladiaContract.Document(), "gladia-strict", GladiaContract.Exceptions.Where(e => e.Pointer.EndsWith(GladiaContract.UndocumentedErrorResponse, StringComparison.Ordinal)));
        await using var mock = new MockServerFactory(new MockServerOptions());
        using var client = mock.CreateAuthorizedClient();
        var jobs = await client.AllJobs();

        var withoutMetadata = jobs.First(j => j.GetProperty("custom_metadata").ValueKind == JsonValueKind.Null);
        Assert.Contains(strict.Problems("PreRecordedResponse", withoutMetadata), p => p.StartsWith("/custom_metadata", StringComparison.Ordinal));

        var withSentiment = jobs.First(j => j.GetProperty("result") is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("sentiment_analysis", out _));
        Assert.Contains(strict.Problems("PreRecordedResponse", withSentiment), p => p.StartsWith("/result/sentiment_analysis/results", StringComparison.Ordinal));

        var documented = GladiaContract.Document()["paths"]!.AsObject()
            .Where(path => path.Key.StartsWith(Wire.Jobs, StringComparison.Ordinal))
            .SelectMany(path => path.Value!.AsObject().SelectMany(operation => operation.Value!["responses"]!.AsObject().Select(r => r.Key)))
            .ToHashSet();
        Assert.DoesNotContain("429", documented);
        Assert.DoesNotContain("500", documented);
    }
}
