using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

public sealed class PaginationTests(MockFixture mock) : IClassFixture<MockFixture>
{
    public static TheoryData<int, string> PageSizesAndFilters()
    {
        var data = new TheoryData<int, string>();
        string[] filters =
        [
            "",
            "status=done",
            "status=done&status=error&custom_metadata[team]=support",
            "after_date=2026-08-01T00:00:00.000Z&status=done",
            "custom_metadata=%7B%22env%22%3A%22prod%22%7D",
        ];
        foreach (var size in new[] { 1, 7, 20, 100 })
        {
            foreach (var filter in filters)
            {
                data.Add(size, filter);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageSizesAndFilters))]
    public async Task Following_next_from_the_first_page_visits_every_matching_job_once_in_order(int limit, string filter)
    {
        // The reference: the same filter in one oversized request (capped pages followed the same way would be circular).
        var expected = await Reference(filter);
        var first = $"{Wire.Jobs}?limit={limit}" + (filter.Length > 0 ? "&" + filter : string.Empty);

        var (items, pages) = await mock.Client.FollowAll(first);

        Assert.Equal(expected, items.Select(j => j.Id()).ToList());
        Assert.Equal(items.Count, items.Select(j => j.Id()).Distinct().Count());
        Assert.All(pages, page => Assert.True(page.GetProperty("items").GetArrayLength() <= limit));
        Assert.All(pages.SkipLast(1), page => Assert.Equal(limit, page.GetProperty("items").GetArrayLength()));
        Assert.Single(pages.Select(page => page.GetProperty("first").GetString()).Distinct());
        for (var i = 1; i < pages.Count; i++)
        {
            Assert.Equal(pages[i - 1].GetProperty("next").GetString(), pages[i].GetProperty("current").GetString());
        }
    }

    private async Task<List<string>> Reference(string filter)
    {
        // Filtering client-side from the unfiltered list checks the server's filters independently.
        var all = await mock.Client.AllJobs();
        var keep = filter switch
        {
            "" => (Func<JsonElement, bool>)(_ => true),
            "status=done" => j => Status(j) == "done",
            "status=done&status=error&custom_metadata[team]=support" => j => Status(j) is "done" or "error" && Meta(j, "team") == "support",
            "after_date=2026-08-01T00:00:00.000Z&status=done" => j => Status(j) == "done" && j.CreatedAt() > new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero),
            _ => j => Meta(j, "env") == "prod",
        };
        var expected = all.Where(keep).Select(j => j.Id()).ToList();
        Assert.NotEmpty(expected);
        return expected;
    }

    private static string? Status(JsonElement job) => job.GetProperty("status").GetString();

    private static string? Meta(JsonElement job, string key) =>
        job.GetProperty("custom_metadata") is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty(key, out var v) ? v.GetString() : null;

    [Fact]
    public async Task Walking_the_whole_list_visits_every_job_once_newest_first()
    {
        var all = await mock.Client.AllJobs();
        Assert.Equal(200, all.Count);
        Assert.Equal(200, all.Select(j => j.Id()).Distinct().Count());
        Assert.Equal(all.Select(j => j.CreatedAt()).OrderByDescending(d => d), all.Select(j => j.CreatedAt()));
    }
}
