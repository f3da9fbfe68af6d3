using System.Net;
using System.Text.Json;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>The mock on loopback with a known store: a full listing taken at start, to compare after each bad request.</summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    public LoopbackMock Mock { get; } = new(new MockServerOptions { Seed = 3, Jobs = 40 });

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Every job's wire JSON, in listing order, before any bad request.</summary>
    public IReadOnlyList<string> Store { get; private set; } = [];

    /// <summary>A finished job, which a well-formed DELETE with the key would remove.</summary>
    public string Deletable { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        Client = Mock.Client();
        Store = await ListingAsync();
        using var first = JsonDocument.Parse(Store.First(job => job.Contains("\"status\":\"done\"", StringComparison.Ordinal)));
        Deletable = first.RootElement.GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Mock.DisposeAsync();
    }

    /// <summary>The whole store as the API lists it: each job's JSON, newest first.</summary>
    public async Task<IReadOnlyList<string>> ListingAsync()
    {
        var jobs = new List<string>();
        string? url = "v2/pre-recorded?limit=100";
        for (var pages = 0; url is not null && pages < 100; pages++)
        {
            using var page = JsonDocument.Parse(await Client.GetStringAsync(new Uri(url, UriKind.RelativeOrAbsolute)));
            jobs.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(job => job.GetRawText()));
            url = page.RootElement.GetProperty("next").GetString();
        }

        return jobs;
    }
}

/// <summary>
/// Bad input against the mock over real sockets. Where the app answers: a 4xx with Gladia's error body, never a 500, and
/// the store unchanged. Some requests never reach the app: Kestrel itself answers 400 (a broken request line or header),
/// 414 (a request line over 8 KiB) or 431 (headers over 32 KiB), with an empty body — still a 4xx, still nothing changed.
/// </summary>
public sealed class MockBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    private const string Jobs = "v2/pre-recorded";

    public static TheoryData<string> BadQueries() =>
    [
        "limit=abc",
        "limit=0",
        "limit=-5",
        "offset=-1",
        "offset=-99999999999999999999",
        "offset=1&offset=2",
        "offset=%zz",
        "status=finished",
        "status=%C3%28",
        "date=2026-13-45",
        "before_date=yesterday",
        "custom_metadata={",
        "custom_metadata=%5B1,2%5D",
        "custom_metadata%5B%5D=x",
    ];

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_malformed_list_query_is_a_400_with_Gladias_body_and_changes_nothing(string query)
    {
        using var response = await fixture.Client.GetAsync(new Uri($"{Jobs}?{query}", UriKind.Relative));

        await AssertGladiaErrorAsync(response, 400);
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    [Theory]
    [InlineData("2000000000")]
    [InlineData("99999999999999999999")]
    public async Task A_huge_limit_is_served_capped_at_the_maximum_not_refused(string limit)
    {
        using var page = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri($"{Jobs}?limit={limit}", UriKind.Relative)));

        Assert.Equal(Math.Min(MockServerOptions.DefaultMaxLimit, fixture.Store.Count), page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Contains("limit=100", page.RootElement.GetProperty("current").GetString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadJobPaths()
    {
        var overlong = new string('7', 5000);
        return new()
        {
            { "GET", $"{Jobs}/{overlong}" },
            { "GET", $"{Jobs}/{overlong}/file" },
            { "DELETE", $"{Jobs}/{overlong}" },
            { "DELETE", $"{Jobs}/..%2F..%2Fetc%2Fpasswd" },
            { "DELETE", $"{Jobs}/%2e%2e%2f%2e%2e" },
            { "GET", $"{Jobs}/..%5C..%5Cwindows%5Cwin.ini/file" },
            { "DELETE", $"{Jobs}/%C3%28" },
            { "DELETE", $"{Jobs}/%ED%A0%80" }, // an encoded lone surrogate: invalid UTF-8
            { "GET", $"{Jobs}/%F4%90%80%80/file" }, // beyond U+10FFFF
        };
    }

    [Theory]
    [MemberData(nameof(BadJobPaths))]
    public async Task An_overlong_traversing_or_invalid_utf8_id_is_a_4xx_with_Gladias_body_and_changes_nothing(string method, string path)
    {
        using var response = await fixture.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        await AssertGladiaErrorAsync(response, expected: null);
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    // Not here: "{id}/", which ASP.NET Core routes to "{id}" (as most frameworks do), so it is a real delete.
    public static TheoryData<string> NearMissesOfARealId() => ["{0}%20", "{0}.", "{0}/file", "{0}/x", "%20{0}", "{0}%2F", "UPPER"];

    [Theory]
    [MemberData(nameof(NearMissesOfARealId))]
    public async Task A_delete_of_a_near_miss_of_a_real_id_deletes_nothing(string shape)
    {
        var id = shape == "UPPER" ? fixture.Deletable.ToUpperInvariant() : string.Format(System.Globalization.CultureInfo.InvariantCulture, shape, fixture.Deletable);

        using var response = await fixture.Client.DeleteAsync(new Uri($"{Jobs}/{id}", UriKind.Relative));

        await AssertGladiaErrorAsync(response, expected: null);
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData(MockServerOptions.DefaultApiKey + "x")]
    public async Task A_delete_without_the_right_key_is_a_401_and_deletes_nothing(string? key)
    {
        using var client = fixture.Mock.Client(key);

        using var response = await client.DeleteAsync(new Uri($"{Jobs}/{fixture.Deletable}", UriKind.Relative));

        await AssertGladiaErrorAsync(response, 401);
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    public static TheoryData<string, string, string, int> RefusedByKestrel() => new()
    {
        { "a header block over 32 KiB", "GET", "/v2/pre-recorded", 431 },
        { "a request line over 8 KiB", "GET", "/v2/pre-recorded/" + new string('a', 9000), 414 },
        { "raw bytes that are not UTF-8 in the target", "DELETE", "/v2/pre-recorded/\u00c3\u0028", 400 },
        { "an encoded NUL in the path", "DELETE", "/v2/pre-recorded/%00", 400 },
        { "a request line with an extra word", "DELETE", "/v2/pre-recorded/x extra", 400 },
    };

    public static TheoryData<string, string, string> RawButAnsweredByTheApp() => new()
    {
        { "a raw control character in the id", "DELETE", "/v2/pre-recorded/a\u0001b" },
        { "a raw control character in the query", "GET", "/v2/pre-recorded?limit=1\u0001" },
        { "a bare percent sign in the query", "GET", "/v2/pre-recorded?limit=%" },
        { "a bare percent sign in the id", "DELETE", "/v2/pre-recorded/%" },
    };

    [Theory]
    [MemberData(nameof(RawButAnsweredByTheApp))]
    public async Task A_raw_request_Kestrel_lets_through_gets_a_4xx_with_Gladias_body_and_changes_nothing(string what, string method, string target)
    {
        var (status, head, body) = await RawHttp.SendAsync(fixture.Mock.BaseUrl, RawHttp.Request(method, target, "x-gladia-key: " + MockServerOptions.DefaultApiKey));

        Assert.True(status is >= 400 and < 500, $"{what}: {status}");
        Assert.Contains("Content-Type: application/json", head, StringComparison.OrdinalIgnoreCase);
        using var error = JsonDocument.Parse(body);
        Assert.Equal(status, error.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    [Theory]
    [MemberData(nameof(RefusedByKestrel))]
    public async Task Kestrel_refuses_a_broken_request_before_the_app_with_a_4xx_and_changes_nothing(string what, string method, string target, int status)
    {
        var headers = new List<string> { "x-gladia-key: " + MockServerOptions.DefaultApiKey };
        if (what.StartsWith("a header block", StringComparison.Ordinal))
        {
            headers.Add("x-padding: " + new string('p', 40 * 1024));
        }

        var (actual, _, body) = await RawHttp.SendAsync(fixture.Mock.BaseUrl, RawHttp.Request(method, target, [.. headers]));

        Assert.Equal(status, actual);
        Assert.Equal(string.Empty, body); // Kestrel's own answer: no Gladia body, the app never saw it
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    [Fact]
    public async Task A_malformed_header_line_carrying_the_key_is_refused_by_Kestrel()
    {
        var (status, _, _) = await RawHttp.SendAsync(
            fixture.Mock.BaseUrl,
            RawHttp.Request("DELETE", $"/{Jobs}/{fixture.Deletable}", "x-gladia-key " + MockServerOptions.DefaultApiKey));

        Assert.Equal(400, status);
        Assert.Equal(fixture.Store, await fixture.ListingAsync());
    }

    /// <summary>A 4xx (the given one, when given) with Gladia's body, field by field.</summary>
    private static async Task AssertGladiaErrorAsync(HttpResponseMessage response, int? expected)
    {
        var status = (int)response.StatusCode;
        Assert.InRange(status, 400, 499);
        if (expected is { } exact)
        {
            Assert.Equal(exact, status);
        }

        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = body.RootElement;
        Assert.Equal(status, root.GetProperty("statusCode").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
        Assert.Matches("^G-[0-9a-f]{8}$", root.GetProperty("request_id").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", root.GetProperty("timestamp").GetString());
        Assert.StartsWith("/", root.GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.Equal(status == 400, root.TryGetProperty("validation_errors", out _));
    }
}
