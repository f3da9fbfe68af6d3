using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Creation;
using PreRecordedFx.MockServer.Jobs;

namespace PreRecordedFx.MockServer.Callbacks;

/// <summary>
/// The deliveries a created job will cause: the <c>transcription.created</c> webhook now, and when the job finishes
/// (on the mock's clock, so a test's clock can move it) its callback and the <c>.success</c> or <c>.error</c> webhook.
/// <see cref="CallbackSender"/> takes them as they fall due. A reset forgets those not yet sent and stops those
/// being retried.
/// </summary>
internal sealed class CallbackScheduler(IOptions<MockServerOptions> options, TimeProvider clock) : IResettable, IDisposable
{
    private readonly CallbackTarget? webhook = options.Value.WebhookUrl is { } url ? new CallbackTarget(new Uri(url), HttpMethod.Post) : null;
    private readonly Lock pendingLock = new();
    private readonly List<ScheduledDelivery> pending = [];
    private CancellationTokenSource session = new();

    public void JobCreated(StoredJob job, CallbackTarget? callback)
    {
        var finished = job.Final;
        var name = CallbackBodies.EventOf(finished.Job);
        // Not before now (creation times are cut to the millisecond), so the created webhook always goes first.
        var now = clock.GetUtcNow();
        var finishedAt = finished.From > now ? finished.From : now;
        lock (pendingLock)
        {
            if (webhook is not null)
            {
                pending.Add(new(CallbackDelivery.WebhookKind, GladiaEventNames.Created, job.Id, webhook, now, CallbackBodies.Webhook(GladiaEventNames.Created, job.Id)));
            }

            if (callback is not null)
            {
                pending.Add(new(CallbackDelivery.CallbackKind, name, job.Id, callback, finishedAt, CallbackBodies.Callback(finished)));
            }

            if (webhook is not null)
            {
                pending.Add(new(CallbackDelivery.WebhookKind, name, job.Id, webhook, finishedAt, CallbackBodies.Webhook(name, job.Id)));
            }
        }
    }

    /// <summary>
    /// The deliveries due now, removed from the schedule, in the order they fell due, with the token the next reset
    /// cancels: deliveries under way then are dropped, not journaled.
    /// </summary>
    public (IReadOnlyList<ScheduledDelivery> Due, CancellationToken Session) TakeDue()
    {
        var now = clock.GetUtcNow();
        lock (pendingLock)
        {
            var due = pending.Where(delivery => delivery.DueAt <= now).OrderBy(delivery => delivery.DueAt).ToList();
            pending.RemoveAll(delivery => delivery.DueAt <= now);
            return (due, session.Token);
        }
    }

    public void Reset()
    {
        lock (pendingLock)
        {
            pending.Clear();
            // Not disposed: deliveries under way still hold its token, and need to see it cancelled.
            session.Cancel();
            session = new CancellationTokenSource();
        }
    }

    public void Dispose()
    {
        lock (pendingLock)
        {
            session.Dispose();
        }
    }
}
