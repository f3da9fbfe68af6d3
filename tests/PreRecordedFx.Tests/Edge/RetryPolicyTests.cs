using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Time.Testing;
using Polly;

namespace PreRecordedFx.Tests;

/// <summary>The retry pipeline's settings and the edges of its decisions: what is retried, how long it waits, on whose clock.</summary>
public sealed class RetryPolicyTests
{
    private static readonly RetryOptions Slow = new() { MaxRetries = 2, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(30) };

    [Fact]
    public void The_strategy_is_named_jittered_exponential_and_reads_Retry_After_itself()
    {
        var strategy = RetryPolicy.Strategy(Slow, TimeProvider.System);

        Assert.Equal("PreRecordedFx.Retry", strategy.Name);
        Assert.Equal(DelayBackoffType.Exponential, strategy.BackoffType);
        Assert.True(strategy.UseJitter);
        Assert.False(strategy.ShouldRetryAfterHeader);
        Assert.Equal((2, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)), (strategy.MaxRetryAttempts, strategy.Delay, strategy.MaxDelay));
    }

    [Fact]
    public async Task Backoff_waits_on_the_given_clock_not_the_wall_clock()
    {
        var time = new FakeTimeProvider();
        var pipeline = RetryPolicy.Build(Slow, time);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/v2/pre-recorded/a");
        var context = ResilienceContextPool.Shared.Get();
        context.SetRequestMessage(request);
        var calls = 0;

        var running = pipeline.ExecuteAsync(
            _ => ValueTask.FromResult(new HttpResponseMessage(++calls == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK)),
            context).AsTask();
        await Task.Delay(200);
        Assert.False(running.IsCompleted);
        time.Advance(TimeSpan.FromMinutes(1));
        using var response = await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, calls);
        ResilienceContextPool.Shared.Return(context);
    }

    [Fact]
    public void No_retry_pipeline_without_retries()
    {
        var pipeline = RetryPolicy.Build(new RetryOptions { MaxRetries = 0 }, TimeProvider.System);
        var calls = 0;

        using var response = pipeline.Execute(_ => new HttpResponseMessage((HttpStatusCode)(500 + calls++)));

        Assert.Equal(1, calls);
    }

    [Fact]
    public void An_exception_that_is_not_a_transport_failure_is_not_retried()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/v2/pre-recorded");
        var context = ResilienceContextPool.Shared.Get();
        context.SetRequestMessage(request);

        Assert.False(RetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new InvalidOperationException()), context, TimeSpan.FromSeconds(1), TimeProvider.System));
        Assert.True(RetryPolicy.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new IOException()), context, TimeSpan.FromSeconds(1), TimeProvider.System));
        ResilienceContextPool.Shared.Return(context);
    }

    [Theory]
    [InlineData(9, true)]
    [InlineData(10, false)] // a wait that uses up the whole budget would end as a Timeout: the caller gets RateLimited now
    public void A_Retry_After_is_slept_through_only_when_it_ends_before_the_budget(int retryAfterSeconds, bool retried)
    {
        var time = new FakeTimeProvider();
        using var budget = new OperationBudget("get", TimeSpan.FromSeconds(10), time, CancellationToken.None);
        budget.Enter();
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/v2/pre-recorded");
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { RequestMessage = request };
        response.Headers.TryAddWithoutValidation("Retry-After", retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var context = ResilienceContextPool.Shared.Get();
        context.SetRequestMessage(request);

        Assert.Equal(retried, RetryPolicy.ShouldRetry(Outcome.FromResult(response), context, TimeSpan.FromSeconds(30), time));
        ResilienceContextPool.Shared.Return(context);
    }
}
