using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>The key goes to the configured origin only, whatever redirects and links say.</summary>
public class KeySafetyTests
{
    [Fact]
    public async Task The_key_goes_to_the_api_and_not_to_the_storage_host_a_redirect_points_to()
    {
        var handler = new ScriptedHandler((request, _) => request.RequestUri!.Host == "api.test"
            ? Wire.Redirect("https://storage.other/signed/abc?signature=s3cr3t")
            : Wire.Audio([1, 2, 3, 4]));
        using var client = Clients.On(handler);

        var bytes = RightOf(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Equal(new byte[] { 1, 2, 3, 4 }, bytes);
        var seen = handler.Seen.ToArray();
        Assert.Equal(2, seen.Length);
        Assert.Equal(("api.test", Clients.Key), (seen[0].Uri.Host, seen[0].ApiKey));
        Assert.Equal(("storage.other", (string?)null), (seen[1].Uri.Host, seen[1].ApiKey));
    }

    [Theory]
    [InlineData("http://api.test/elsewhere")] // another scheme is another origin
    [InlineData("https://api.test:8443/elsewhere")] // another port is another origin
    [InlineData("https://evil.api.test/elsewhere")]
    public async Task Any_other_origin_is_refused_the_key(string location)
    {
        var handler = new ScriptedHandler((request, n) => n == 1 ? Wire.Redirect(location) : Wire.Audio([9]));
        using var client = Clients.On(handler);

        await client.PreRecorded().GetFileAsync("job-1");

        Assert.All(handler.Seen.Skip(1), seen => Assert.Null(seen.ApiKey));
    }

    [Fact]
    public async Task A_same_origin_redirect_keeps_the_key_and_a_relative_location_is_resolved()
    {
        var handler = new ScriptedHandler((request, n) => n == 1 ? Wire.Redirect("/blobs/abc", HttpStatusCode.TemporaryRedirect) : Wire.Audio([5]));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetFileAsync("job-1"));

        var hop = handler.Seen.Last();
        Assert.Equal("https://api.test/blobs/abc", hop.Uri.AbsoluteUri);
        Assert.Equal(Clients.Key, hop.ApiKey);
    }

    [Fact]
    public async Task A_cross_origin_next_link_is_a_Left_and_nothing_reaches_the_other_host()
    {
        var handler = new ScriptedHandler((request, _) =>
            Wire.Json(Wire.PageJson([PreRecordedModelFactory.Job("a")], "https://evil.test/v2/pre-recorded?offset=2&limit=2")));
        using var client = Clients.On(handler);
        var jobs = client.PreRecorded();
        var page = RightOf(await jobs.ListAsync(JobQuery.Default.WithLimit(2)));

        var error = LeftOf<LanguageExt.Option<JobPage>, PreRecordedError.InvalidArgument>(await jobs.NextPageAsync(page));

        Assert.Equal("next", error.Parameter);
        Assert.All(handler.Seen, seen => Assert.Equal("api.test", seen.Uri.Host));
        Assert.Single(handler.Seen);
    }

    [Fact]
    public async Task ListAll_stops_with_a_Left_at_a_cross_origin_next_link()
    {
        var handler = new ScriptedHandler((request, _) =>
            Wire.Json(Wire.PageJson([PreRecordedModelFactory.Job("a")], "https://evil.test/v2/pre-recorded?offset=2&limit=2")));
        using var client = Clients.On(handler);

        var items = await client.PreRecorded().ListAllAsync(JobQuery.Default).ToListAsync();

        Assert.Equal(2, items.Count);
        Assert.True(items[0].IsRight);
        Assert.IsType<PreRecordedError.InvalidArgument>(LeftOf(items[1]));
        Assert.Single(handler.Seen);
    }
}
