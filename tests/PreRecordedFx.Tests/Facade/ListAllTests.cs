using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class ListAllTests
{
    [Fact]
    public async Task A_failure_is_yielded_once_and_ends_the_sequence()
    {
        var handler = new ScriptedHandler((request, n) => n == 1
            ? Wire.Json(Wire.PageJson([PreRecordedModelFactory.Job("a"), PreRecordedModelFactory.Job("b")], "https://api.test/v2/pre-recorded?offset=2&limit=2"))
            : Wire.Status(HttpStatusCode.Unauthorized));
        using var client = Clients.On(handler);

        var items = await client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit(2)).ToListAsync();

        Assert.Equal(3, items.Count);
        Assert.Equal(["a", "b"], items.Take(2).Select(i => RightOf(i).Id));
        Assert.IsType<PreRecordedError.Unauthorized>(LeftOf(items[2]));
    }

    [Fact]
    public async Task A_first_page_failure_is_the_only_item()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Json("{oops")));

        var items = await client.PreRecorded().ListAllAsync(JobQuery.Default).ToListAsync();

        Assert.IsType<PreRecordedError.MalformedResponse>(LeftOf(Assert.Single(items)));
    }

    [Fact]
    public async Task A_next_link_back_to_a_page_already_read_ends_with_a_Left_instead_of_looping()
    {
        var handler = new ScriptedHandler((request, _) =>
            Wire.Json(Wire.PageJson([PreRecordedModelFactory.Job("a")], "https://api.test/v2/pre-recorded?offset=0&limit=2")));
        using var client = Clients.On(handler);

        var items = await client.PreRecorded().ListAllAsync(JobQuery.Default).ToListAsync();

        Assert.IsType<PreRecordedError.MalformedResponse>(LeftOf(items[^1]));
        Assert.True(handler.Count <= 2);
    }

    [Fact]
    public async Task NextPage_of_a_last_page_is_None_without_a_request()
    {
        var handler = new ScriptedHandler((request, _) => Wire.Json(Wire.PageJson([], null)));
        using var client = Clients.On(handler);

        var none = RightOf(await client.PreRecorded().NextPageAsync(PreRecordedModelFactory.JobPage([])));

        Assert.True(none.IsNone);
        Assert.Equal(0, handler.Count);
    }
}
