using System.Text.Json;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>One in-memory mock with the default options, shared by the read-only tests of a class.</summary>
public sealed class MockFixture : IAsyncLifetime
{
    public MockServerFactory Factory { get; } = new(new MockServerOptions());

    public HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = Factory.CreateAuthorizedClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>Small helpers that keep the tests about behaviour rather than plumbing.</summary>
internal static class Wire
{
    public const string Jobs = "/v2/pre-recorded";

    public const string Live = "/v2/live";

    public static async Task<JsonDocument> Json(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    public static async Task<JsonDocument> Body(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

    /// <summary>Follows <c>next</c> from the given first page to the last; returns every item and the pages' links.</summary>
    public static async Task<(List<JsonElement> Items, List<JsonElement> Pages)> FollowAll(this HttpClient client, string firstUrl)
    {
        var items = new List<JsonElement>();
        var pages = new List<JsonElement>();
        string? url = firstUrl;
        for (var guard = 0; url is not null && guard < 1000; guard++)
        {
            using var page = await client.Json(url);
            var root = page.RootElement.Clone();
            pages.Add(root);
            items.AddRange(root.GetProperty("items").EnumerateArray());
            url = root.GetProperty("next").GetString();
        }

        Assert.Null(url);
        return (items, pages);
    }

    public static string Id(this JsonElement job) => job.GetProperty("id").GetString()!;

    public static DateTimeOffset CreatedAt(this JsonElement job) =>
        DateTimeOffset.Parse(job.GetProperty("created_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every job the mock holds, via the API, newest first.</summary>
    public static async Task<List<JsonElement>> AllJobs(this HttpClient client) =>
        (await client.FollowAll(Jobs + "?limit=100")).Items;

    /// <summary>Every live session the mock holds, via the API, newest first.</summary>
    public static async Task<List<JsonElement>> AllLive(this HttpClient client) =>
        (await client.FollowAll(Live + "?limit=100")).Items;

    /// <summary>Checks Gladia's error body, field by field, as it appears on the wire.</summary>
    public static async Task AssertGladiaError(HttpResponseMessage response, int status, string path)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        using var body = await response.Body();
        var root = body.RootElement;
        Assert.Equal(status, root.GetProperty("statusCode").GetInt32());
        Assert.Equal(path, root.GetProperty("path").GetString());
        Assert.Matches("^G-[0-9a-f]{8}$", root.GetProperty("request_id").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", root.GetProperty("timestamp").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("message").GetString()));
        Assert.False(root.TryGetProperty("status_code", out _));
        Assert.Equal(status == 400, root.TryGetProperty("validation_errors", out _));
        var callId = Assert.Single(response.Headers.GetValues("x-aipi-call-id"));
        Assert.Equal("G-" + callId[..8], root.GetProperty("request_id").GetString());
    }
}
