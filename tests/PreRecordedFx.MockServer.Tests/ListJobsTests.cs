using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PreRecordedFx.MockServer.Tests;

public sealed class ListJobsTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private static string? Metadata(JsonElement job, string key) =>
        job.GetProperty("custom_metadata") is { ValueKind: JsonValueKind.Object } metadata && metadata.TryGetProperty(key, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    private async Task<List<string>> Ids(string query) =>
        [.. (await mock.Client.FollowAll(Wire.Jobs + "?limit=100&" + query)).Items.Select(j => j.Id())];

    private async Task<List<string>> Expected(Func<JsonElement, bool> keep) =>
        [.. (await mock.Client.AllJobs()).Where(keep).Select(j => j.Id())];

    [Fact]
    public async Task The_default_page_has_twenty_jobs_newest_first_and_all_four_keys()
    {
        using var page = await mock.Client.Json(Wire.Jobs);
        var root = page.RootElement;
        Assert.Equal(["first", "current", "next", "items"], root.EnumerateObject().Select(p => p.Name));
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        Assert.Equal(items.Select(j => j.CreatedAt()).OrderByDescending(d => d), items.Select(j => j.CreatedAt()));
        Assert.Equal("http://localhost/v2/pre-recorded?offset=0&limit=20", root.GetProperty("first").GetString());
        Assert.Equal("http://localhost/v2/pre-recorded?offset=0&limit=20", root.GetProperty("current").GetString());
        Assert.Equal("http://localhost/v2/pre-recorded?offset=20&limit=20", root.GetProperty("next").GetString());
    }

    [Fact]
    public async Task Links_are_built_from_the_requests_own_scheme_and_host()
    {
        using var client = mock.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mock.example:8443") });
        client.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
        using var page = await client.Json(Wire.Jobs + "?limit=3");
        foreach (var link in new[] { "first", "current", "next" })
        {
            Assert.StartsWith("https://mock.example:8443/v2/pre-recorded?", page.RootElement.GetProperty(link).GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Links_carry_the_same_filters_in_the_sdks_encoding()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?limit=2&status=done&custom_metadata[userId]=u-1001&after_date=2026-07-01T00:00:00Z");
        var next = page.RootElement.GetProperty("next").GetString();
        Assert.Equal(
            "http://localhost/v2/pre-recorded?offset=2&limit=2&after_date=2026-07-01T00%3A00%3A00.000Z&status=done&custom_metadata%5BuserId%5D=u-1001",
            next);
        Assert.Equal(next!.Replace("offset=2", "offset=0", StringComparison.Ordinal), page.RootElement.GetProperty("first").GetString());
    }

    [Fact]
    public async Task Next_is_null_on_the_last_page()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?offset=190&limit=10");
        Assert.Equal(10, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task An_offset_past_the_end_gives_an_empty_last_page()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?offset=5000");
        Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.RootElement.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task A_huge_limit_is_capped_at_one_hundred()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?limit=99999999999999999999");
        Assert.Equal(MockServerOptions.DefaultMaxLimit, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("limit=100", page.RootElement.GetProperty("current").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repeated_status_keys_keep_jobs_in_any_of_those_statuses()
    {
        var actual = await Ids("status=done&status=error");
        var expected = await Expected(j => j.GetProperty("status").GetString() is "done" or "error");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_comma_separated_status_list_means_the_same_as_repeated_keys()
    {
        Assert.Equal(await Ids("status=queued&status=processing"), await Ids("status=queued,processing"));
        Assert.NotEmpty(await Ids("status=queued,processing"));
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("processing")]
    [InlineData("done")]
    [InlineData("error")]
    public async Task Each_status_filter_finds_exactly_the_jobs_in_that_status(string status)
    {
        var expected = await Expected(j => j.GetProperty("status").GetString() == status);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("status=" + status));
    }

    [Fact]
    public async Task The_date_filter_keeps_jobs_created_on_that_utc_day()
    {
        var all = await mock.Client.AllJobs();
        var day = DateOnly.FromDateTime(all[10].CreatedAt().UtcDateTime);
        var expected = all.Where(j => DateOnly.FromDateTime(j.CreatedAt().UtcDateTime) == day).Select(j => j.Id()).ToList();
        Assert.Equal(expected, await Ids("date=" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Before_and_after_dates_keep_jobs_strictly_inside_the_interval()
    {
        var after = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
        var before = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);
        var expected = await Expected(j => j.CreatedAt() > after && j.CreatedAt() < before);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("after_date=2026-08-01T00%3A00%3A00.000Z&before_date=2026-09-01T00:00:00.000Z"));
    }

    [Fact]
    public async Task A_date_time_with_an_offset_is_compared_as_the_same_instant()
    {
        // "+02:00" arrives as " 02:00" under form encoding; both spellings mean 2026-08-31T22:00Z.
        var expected = await Expected(j => j.CreatedAt() < new DateTimeOffset(2026, 8, 31, 22, 0, 0, TimeSpan.Zero));
        Assert.Equal(expected, await Ids("before_date=2026-09-01T00:00:00%2B02:00"));
        Assert.Equal(expected, await Ids("before_date=2026-09-01T00:00:00+02:00"));
    }

    [Fact]
    public async Task Bracket_custom_metadata_keeps_jobs_with_that_pair()
    {
        var expected = await Expected(j => Metadata(j, "userId") == "u-1001");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("custom_metadata[userId]=u-1001"));
        Assert.Equal(expected, await Ids("custom_metadata%5BuserId%5D=u-1001"));
    }

    [Fact]
    public async Task Several_custom_metadata_pairs_must_all_match()
    {
        var expected = await Expected(j => Metadata(j, "team") == "support" && Metadata(j, "env") == "prod");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("custom_metadata[team]=support&custom_metadata[env]=prod"));
    }

    [Fact]
    public async Task The_json_object_form_of_custom_metadata_matches_like_bracket_keys()
    {
        var json = Uri.EscapeDataString("{\"team\":\"support\",\"env\":\"prod\"}");
        Assert.Equal(await Ids("custom_metadata[team]=support&custom_metadata[env]=prod"), await Ids("custom_metadata=" + json));
    }

    [Fact]
    public async Task Numeric_metadata_values_match_their_string_form()
    {
        var expected = await Expected(j => Metadata(j, "priority") == "2");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await Ids("custom_metadata[priority]=2"));
        Assert.Equal(expected, await Ids("custom_metadata=" + Uri.EscapeDataString("{\"priority\":2}")));
    }

    [Fact]
    public async Task A_metadata_value_no_job_has_gives_an_empty_page()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?custom_metadata[userId]=nobody");
        Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_official_sdks_example_request_is_understood()
    {
        // Taken from WIRE.md: '+' for spaces, %3A for ':', %5B/%5D for brackets, repeated status keys.
        using var response = await mock.Client.GetAsync(
            Wire.Jobs + "?offset=0&limit=5&date=2026-03-02&before_date=2026-03-05T00%3A00%3A00.000Z&after_date=2026-03-01T00%3A00%3A00.000Z&status=done&status=error&custom_metadata%5Buser%5D=John+Doe&custom_metadata%5Bn%5D=42");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = await response.Body();
        Assert.Contains("custom_metadata%5Buser%5D=John%20Doe", body.RootElement.GetProperty("current").GetString(), StringComparison.Ordinal);
    }
}
