using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;

namespace PreRecordedFx.MockServer.Callbacks;

/// <summary>
/// Sends the callbacks and webhooks in the background, never on a request's path: every 50 ms it takes the deliveries
/// that fell due and sends each job's in order, retrying a failed one (non-2xx, no connection, no answer within 10 s)
/// after <see cref="MockServerOptions.CallbackRetryDelayMs"/>, then twice that, and so on, up to
/// <see cref="MockServerOptions.CallbackAttempts"/> tries. Each ends in the <see cref="CallbackJournal"/>. Redirects
/// are not followed (one could lead off loopback). On shutdown, deliveries under way stop and are journaled as such.
/// </summary>
internal sealed class CallbackSender(
    CallbackScheduler scheduler,
    CallbackJournal journal,
    JournalMasking masking,
    IOptions<MockServerOptions> options,
    TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    // One client for the mock's life, with no logging handlers: the factory's would log targets, queries included.
    private readonly HttpClient http = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    private readonly ConcurrentDictionary<Task, bool> running = new();

    public override void Dispose()
    {
        http.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Tick);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var (due, session) = scheduler.TakeDue();
                foreach (var job in due.GroupBy(delivery => delivery.JobId))
                {
                    Track(DeliverInOrderAsync([.. job], session, stoppingToken));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: wait for the deliveries under way to see it.
        }

        await Task.WhenAll(running.Keys);
    }

    private void Track(Task delivery)
    {
        running.TryAdd(delivery, true);
        _ = delivery.ContinueWith(done => running.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task DeliverInOrderAsync(IReadOnlyList<ScheduledDelivery> deliveries, CancellationToken session, CancellationToken stopping)
    {
        foreach (var delivery in deliveries)
        {
            await DeliverAsync(delivery, session, stopping);
        }
    }

    private async Task DeliverAsync(ScheduledDelivery delivery, CancellationToken session, CancellationToken stopping)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(session, stopping);
        var settings = options.Value;
        var time = clock.GetUtcNow();
        var attempts = 0;
        (int? Status, string? Failure) last = (null, null);
        try
        {
            while (true)
            {
                attempts++;
                last = await AttemptAsync(delivery, cancel.Token);
                if (IsSuccess(last.Status) || attempts >= settings.CallbackAttempts)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(settings.CallbackRetryDelayMs * (1L << (attempts - 1))), cancel.Token);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            if (session.IsCancellationRequested)
            {
                return;
            }

            last = (last.Status, "stopped: the mock shut down");
        }

        journal.Add(new CallbackDelivery(
            time,
            delivery.Kind,
            delivery.Event,
            delivery.JobId,
            delivery.Target.Method.Method,
            masking.Link(delivery.Target.Url),
            last.Status,
            IsSuccess(last.Status),
            attempts,
            last.Failure));
    }

    private async Task<(int? Status, string? Failure)> AttemptAsync(ScheduledDelivery delivery, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(AttemptTimeout);
        using var request = new HttpRequestMessage(delivery.Target.Method, delivery.Target.Url) { Content = new ByteArrayContent(delivery.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            return ((int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return (null, $"no answer within {AttemptTimeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            // The exception's text can quote the target; the kind of error says enough.
            return (null, e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the host name did not resolve",
                HttpRequestError.ConnectionError => "the connection failed",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                _ => "the request failed",
            });
        }
    }

    private static bool IsSuccess(int? status) => status is >= 200 and < 300;
}
