using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace PreRecordedFx;

/// <summary>
/// The one retry pipeline, used by <c>new GladiaClient(options)</c> and by dependency injection alike: GET and DELETE
/// on 408, 429, 5xx and transport failures, exponential backoff with jitter, <c>Retry-After</c> honoured (read by the
/// core's parser). A POST (an upload, a job's creation) may have created something once it reached the server, so it is
/// retried only where it cannot have: a 429, a 503, or a connection that was never made. The total time is bounded by
/// the operation's timeout, whose token cancels any wait; a cancelled token is never retried.
/// </summary>
internal static class RetryPolicy
{
    /// <summary>The request option that says a POST's body can be sent again (an upload from a stream that cannot rewind cannot).</summary>
    public const string Replayable = "PreRecordedFx.Replayable";

    public static ResiliencePipeline<HttpResponseMessage> Build(RetryOptions retry, TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (retry.MaxRetries > 0)
        {
            builder.AddRetry(Strategy(retry, time));
        }

        return builder.Build();
    }

    public static HttpRetryStrategyOptions Strategy(RetryOptions retry, TimeProvider time) => new()
    {
        Name = "PreRecordedFx.Retry",
        MaxRetryAttempts = retry.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = retry.BaseDelay,
        MaxDelay = retry.MaxDelay,
        ShouldRetryAfterHeader = false, // the DelayGenerator below reads it, with the core's parser
        ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context, retry.MaxDelay, time)),
        DelayGenerator = args => ValueTask.FromResult(RequestedDelay(args.Outcome.Result, time)),
    };

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxDelay, TimeProvider time)
    {
        var request = context.GetRequestMessage();
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        if (request?.Method == HttpMethod.Post)
        {
            return request.Options.TryGetValue(new HttpRequestOptionsKey<bool>(Replayable), out var replayable) && replayable && outcome switch
            {
                { Exception: HttpRequestException e } => NeverSent(e),
                { Result: { StatusCode: System.Net.HttpStatusCode.TooManyRequests } response } => WaitFits(response, maxDelay, time),
                { Result.StatusCode: System.Net.HttpStatusCode.ServiceUnavailable } => true,
                _ => false,
            };
        }

        if (!IsIdempotent(request?.Method))
        {
            return false;
        }

        return outcome switch
        {
            { Exception: RedirectRefusedException } => false,
            { Exception: HttpRequestException or IOException or SocketException } => true,
            { Result: { } response } => IsTransient((int)response.StatusCode) && WaitFits(response, maxDelay, time),
            _ => false,
        };
    }

    /// <summary>Whether a failed send never reached the server: no connection was made (refused, unreachable, no such host, TLS refused).</summary>
    internal static bool NeverSent(HttpRequestException e) =>
        e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError;

    internal static bool IsTransient(int status) => status is 408 or 429 or >= 500 and <= 599;

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Delete || method == HttpMethod.Options;

    // A wait longer than MaxDelay, or than what is left of the operation's budget, is not slept through (it would end
    // as a Timeout and lose the server's wait): the caller gets RateLimited with RetryAfter at once and decides.
    private static bool WaitFits(HttpResponseMessage response, TimeSpan maxDelay, TimeProvider time) =>
        RequestedDelay(response, time) is not { } wait
        || (wait <= maxDelay && (OperationBudget.Current is not { } budget || wait < budget.Remaining));

    internal static TimeSpan? RequestedDelay(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null || !response.Headers.NonValidated.TryGetValues("Retry-After", out var values))
        {
            return null;
        }

        return RetryAfter.Parse(values.ToString(), time.GetUtcNow()).Match(Some: wait => (TimeSpan?)wait, None: () => null);
    }
}
