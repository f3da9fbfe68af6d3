using Microsoft.Extensions.Time.Testing;

namespace PreRecordedFx.Tests;

/// <summary>The budget's own rules, one by one: whose cancellation wins, what an exception means, what Dispose releases.</summary>
public sealed class OperationBudgetTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void The_callers_cancellation_cancels_the_budgets_token()
    {
        using var caller = new CancellationTokenSource();
        using var budget = new OperationBudget("get", Hour, new FakeTimeProvider(), caller.Token);

        Assert.False(budget.Token.IsCancellationRequested);
        caller.Cancel();

        Assert.True(budget.Token.IsCancellationRequested);
    }

    [Fact]
    public void Running_out_cancels_the_token_whether_or_not_the_caller_can_cancel()
    {
        var time = new FakeTimeProvider();
        using var caller = new CancellationTokenSource();
        using var linked = new OperationBudget("get", TimeSpan.FromSeconds(5), time, caller.Token);
        using var alone = new OperationBudget("get", TimeSpan.FromSeconds(5), time, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(1), alone.Remaining);
        Assert.False(linked.Token.IsCancellationRequested || alone.Token.IsCancellationRequested);
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(linked.Token.IsCancellationRequested);
        Assert.True(alone.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_failure_after_the_caller_cancelled_is_the_callers_not_an_error()
    {
        using var caller = new CancellationTokenSource();
        using var budget = new OperationBudget("get", Hour, new FakeTimeProvider(), caller.Token);
        caller.Cancel();

        Assert.Null(budget.Classify(new HttpRequestException("reset"), "key"));
        Assert.Null(budget.Classify(new IOException("reset"), "key"));
    }

    [Fact]
    public void A_transport_failure_is_classified_with_its_inner_reason_and_the_key_scrubbed()
    {
        using var budget = new OperationBudget("get", Hour, new FakeTimeProvider(), CancellationToken.None);

        var error = budget.Classify(new HttpRequestException("send failed key-123", new IOException("reset by peer")), "key-123");

        Assert.Equal(new PreRecordedError.TransportFailure("send failed *** (reset by peer)"), error);
        Assert.Equal(
            new PreRecordedError.TransportFailure("same"),
            budget.Classify(new HttpRequestException("same", new IOException("same")), "key-123"));
        Assert.Null(budget.Classify(new InvalidOperationException("a bug"), "key-123"));
    }

    [Fact]
    public void A_timeout_is_classified_as_the_operations_timeout()
    {
        var time = new FakeTimeProvider();
        using var budget = new OperationBudget("list", TimeSpan.FromSeconds(2), time, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(new PreRecordedError.Timeout("list", TimeSpan.FromSeconds(2)), budget.Classify(new OperationCanceledException(), "k"));
        Assert.Null(budget.Classify(new InvalidOperationException(), "k"));
    }

    [Fact]
    public void Only_the_callers_own_cancellation_is_rethrown_as_it_is()
    {
        using var caller = new CancellationTokenSource();
        using var budget = new OperationBudget("get", Hour, new FakeTimeProvider(), caller.Token);

        budget.ThrowIfCallerCancelled(new IOException("not cancelled yet"));
        caller.Cancel();
        budget.ThrowIfCallerCancelled(new OperationCanceledException(caller.Token));
        var thrown = Assert.Throws<OperationCanceledException>(() => budget.ThrowIfCallerCancelled(new IOException("reset")));

        Assert.Equal(caller.Token, thrown.CancellationToken);
        Assert.IsType<IOException>(thrown.InnerException);
    }

    [Fact]
    public void Dispose_releases_the_timer_and_the_link()
    {
        using var caller = new CancellationTokenSource();
        var linked = new OperationBudget("get", Hour, new FakeTimeProvider(), caller.Token);
        var alone = new OperationBudget("get", Hour, new FakeTimeProvider(), CancellationToken.None);

        linked.Dispose();
        alone.Dispose();

        Assert.Throws<ObjectDisposedException>(() => linked.Token);
        Assert.Throws<ObjectDisposedException>(() => alone.Token);
    }
}
