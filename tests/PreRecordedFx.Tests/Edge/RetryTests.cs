using System.Globalization;
using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class RetryTests
{
    private static ScriptedHandler FailingThenOk(int failures, Func<HttpResponseMessage> failure) =>
        new((request, n) => n <= failures ? failure() : Wire.Json(Wire.JobJson()));

    [Fact]
    public async Task A_429_with_retry_after_in_seconds_is_retried_then_succeeds()
    {
        var handler = FailingThenOk(1, () => Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter("0"));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task A_429_with_retry_after_as_a_date_is_retried_then_succeeds()
    {
        var past = DateTimeOffset.UtcNow.AddSeconds(-5).ToString("r", CultureInfo.InvariantCulture);
        var handler = FailingThenOk(2, () => Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter(past));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task A_retry_after_longer_than_MaxDelay_is_not_waited_for_but_handed_to_the_caller()
    {
        var handler = FailingThenOk(1, () => Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter("120"));
        using var client = Clients.On(handler);

        var error = LeftOf<Job, PreRecordedError.RateLimited>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(1, handler.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task A_transient_status_is_retried_then_succeeds(HttpStatusCode status)
    {
        var handler = FailingThenOk(2, () => Wire.Status(status));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task Retries_exhausted_give_the_last_error()
    {
        var handler = FailingThenOk(int.MaxValue, () => Wire.Status(HttpStatusCode.ServiceUnavailable));
        using var client = Clients.On(handler);

        var error = LeftOf<Job, PreRecordedError.ServiceError>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(503, error.StatusCode);
        Assert.True(error.IsTransient);
        Assert.Equal(4, handler.Count); // the first attempt and MaxRetries = 3
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task A_client_error_is_not_retried(HttpStatusCode status)
    {
        var handler = FailingThenOk(int.MaxValue, () => Wire.Status(status));
        using var client = Clients.On(handler);

        Assert.Equal((int)status, LeftOf(await client.PreRecorded().GetAsync("job-1")).Code);

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_delete_is_idempotent_so_it_is_retried()
    {
        var handler = new ScriptedHandler((request, n) => n == 1 ? Wire.Status(HttpStatusCode.BadGateway) : new HttpResponseMessage(HttpStatusCode.Accepted));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().DeleteAsync("job-1"));

        Assert.Equal(["DELETE", "DELETE"], handler.Seen.Select(s => s.Method));
    }

    [Fact]
    public async Task A_transport_failure_is_retried_then_succeeds()
    {
        var handler = new ScriptedHandler((request, n) => n == 1
            ? throw new HttpRequestException("Connection reset by peer")
            : Wire.Json(Wire.JobJson()));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task Transport_failures_exhausted_are_a_TransportFailure()
    {
        var handler = new ScriptedHandler(HttpResponseMessage (HttpRequestMessage request, int n) => throw new HttpRequestException("Connection refused"));
        using var client = Clients.On(handler);

        var error = LeftOf<Job, PreRecordedError.TransportFailure>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Contains("Connection refused", error.Reason, StringComparison.Ordinal);
        Assert.Equal(4, handler.Count);
    }

    [Fact]
    public async Task MaxRetries_zero_turns_retrying_off()
    {
        var handler = FailingThenOk(1, () => Wire.Status(HttpStatusCode.ServiceUnavailable));
        using var client = Clients.On(handler, o => o.Retry.MaxRetries = 0);

        LeftOf<Job, PreRecordedError.ServiceError>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_retry_resends_the_key_once_not_twice()
    {
        var handler = FailingThenOk(1, () => Wire.Status(HttpStatusCode.ServiceUnavailable));
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.All(handler.Seen, seen => Assert.Equal(Clients.Key, seen.ApiKey));
    }
}
