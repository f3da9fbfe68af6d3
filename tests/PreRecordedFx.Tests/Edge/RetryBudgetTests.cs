using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>
/// A <c>Retry-After</c> that cannot fit in what is left of the operation's budget is not waited for (the call would end
/// as a Timeout and the server's wait would be lost): the caller gets <see cref="PreRecordedError.RateLimited"/> at once.
/// </summary>
public class RetryBudgetTests
{
    private static GladiaClient ClientOn(ScriptedHandler handler, TimeProvider clock, TimeSpan getTimeout) =>
        new(
            Clients.Options(o =>
            {
                o.GetTimeout = getTimeout;
                o.Retry.MaxDelay = TimeSpan.FromSeconds(30);
            }),
            new BorrowedHandler(handler),
            NullLoggerFactory.Instance,
            clock);

    private static HttpResponseMessage RateLimited(string retryAfter) =>
        Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter(retryAfter);

    [Fact]
    public async Task A_retry_after_longer_than_what_is_left_of_the_budget_is_handed_over_at_once()
    {
        var clock = new ShiftedClock();
        // Two seconds of a three-second budget go by in the first attempt; the server then asks for two more.
        var handler = new ScriptedHandler((request, n) =>
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            return RateLimited("2");
        });
        using var client = ClientOn(handler, clock, TimeSpan.FromSeconds(3));

        var error = LeftOf<Job, PreRecordedError.RateLimited>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(TimeSpan.FromSeconds(2), error.RetryAfter);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task With_the_default_budgets_a_retry_after_between_GetTimeout_and_MaxDelay_is_handed_over_at_once()
    {
        var handler = new ScriptedHandler((request, n) => RateLimited("20"));
        using var client = ClientOn(handler, TimeProvider.System, new GladiaClientOptions().GetTimeout);

        var error = LeftOf<Job, PreRecordedError.RateLimited>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(TimeSpan.FromSeconds(20), error.RetryAfter);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_retry_after_that_fits_in_the_budget_left_is_waited_for()
    {
        var clock = new ShiftedClock();
        var handler = new ScriptedHandler((request, n) =>
        {
            if (n > 1)
            {
                return Wire.Json(Wire.JobJson());
            }

            clock.Advance(TimeSpan.FromSeconds(7)); // 3 s of a 10 s budget left: a 1 s wait fits
            return RateLimited("1");
        });
        using var client = ClientOn(handler, clock, TimeSpan.FromSeconds(10));

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(2, handler.Count);
    }
}
