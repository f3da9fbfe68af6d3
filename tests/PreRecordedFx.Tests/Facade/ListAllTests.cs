using System.Net;
using System.Runtime.CompilerServices;
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

    [Fact]
    public async Task The_page_just_walked_is_let_go_before_the_next_one_is_fetched()
    {
        WeakReference<Job>? firstJob = null;
        var firstJobAliveDuringFetch = true;
        var handler = new ScriptedHandler((request, n) =>
        {
            if (n == 2)
            {
                firstJobAliveDuringFetch = IsAlive(firstJob!);
            }

            return Wire.Json(n == 1
                ? Wire.PageJson([PreRecordedModelFactory.Job("a"), PreRecordedModelFactory.Job("b")], "https://api.test/v2/pre-recorded?offset=2&limit=2")
                : Wire.PageJson([], null));
        });
        using var client = Clients.On(handler);
        var walk = client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit(2)).GetAsyncEnumerator();
        try
        {
            firstJob = await WeakCurrent(walk);
            Assert.True(await walk.MoveNextAsync());
            Assert.False(await walk.MoveNextAsync());
        }
        finally
        {
            await walk.DisposeAsync();
        }

        // Only the page held the first job once the walk moved past it; a page of a hundred jobs kept across the
        // fetch outlives a collection and slows a long walk down.
        Assert.Equal(2, handler.Count);
        Assert.False(firstJobAliveDuringFetch);
    }

    // Not inlined, so that no frame of the test keeps the job itself.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference<Job>> WeakCurrent(IAsyncEnumerator<LanguageExt.Either<PreRecordedError, Job>> walk)
    {
        Assert.True(await walk.MoveNextAsync());
        return new WeakReference<Job>(RightOf(walk.Current));
    }

    private static bool IsAlive(WeakReference<Job> job)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return job.TryGetTarget(out _);
    }
}
