using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// What Gladia sent to a callback URL or an account webhook, as a closed union of sealed records: the constructor is
/// private, so the cases nested here are all there are. A callback (the job's <c>callback_config.url</c>) carries the
/// outcome: <see cref="JobSucceeded"/> with the result or <see cref="JobFailed"/> with the error. An account webhook
/// carries only the job's id: <see cref="JobCreatedWebhook"/>, <see cref="JobSucceededWebhook"/>,
/// <see cref="JobFailedWebhook"/>. An event this library does not know yet (e.g. <c>live.start_session</c>) is an
/// <see cref="UnknownEvent"/>, not an error. Match them with <see cref="Match{TResult}"/> or a C# <c>switch</c>.
/// </summary>
public abstract record GladiaEvent
{
    private GladiaEvent()
    {
    }

    /// <summary>The event's name on the wire (its <c>event</c> member), e.g. <c>transcription.success</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Runs the function for this case. Every case must be handled, so adding one is a compile error.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(
        Func<JobSucceeded, TResult> jobSucceeded,
        Func<JobFailed, TResult> jobFailed,
        Func<JobCreatedWebhook, TResult> jobCreatedWebhook,
        Func<JobSucceededWebhook, TResult> jobSucceededWebhook,
        Func<JobFailedWebhook, TResult> jobFailedWebhook,
        Func<UnknownEvent, TResult> unknownEvent)
    {
        ArgumentNullException.ThrowIfNull(jobSucceeded);
        ArgumentNullException.ThrowIfNull(jobFailed);
        ArgumentNullException.ThrowIfNull(jobCreatedWebhook);
        ArgumentNullException.ThrowIfNull(jobSucceededWebhook);
        ArgumentNullException.ThrowIfNull(jobFailedWebhook);
        ArgumentNullException.ThrowIfNull(unknownEvent);
        return this switch
        {
            JobSucceeded e => jobSucceeded(e),
            JobFailed e => jobFailed(e),
            JobCreatedWebhook e => jobCreatedWebhook(e),
            JobSucceededWebhook e => jobSucceededWebhook(e),
            JobFailedWebhook e => jobFailedWebhook(e),

            // The constructor is private, so an UnknownEvent is the only case left.
            _ => unknownEvent((UnknownEvent)this),
        };
    }

    /// <summary>A callback: the job is done (<c>transcription.success</c>, Gladia's <c>CallbackTranscriptionSuccessPayload</c>).</summary>
    /// <param name="JobId">The job's id.</param>
    /// <param name="Result">What the job produced, as <see cref="TranscriptionJob{TRequestParams, TResult}.Result"/> would show it.</param>
    /// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
    public sealed record JobSucceeded(string JobId, JobResult Result, Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata)
        : GladiaEvent
    {
        /// <inheritdoc />
        public override string Name => GladiaEventNames.Success;
    }

    /// <summary>A callback: the job failed (<c>transcription.error</c>, Gladia's <c>CallbackTranscriptionErrorPayload</c>).</summary>
    /// <param name="JobId">The job's id.</param>
    /// <param name="Error">Why it failed.</param>
    /// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
    public sealed record JobFailed(string JobId, JobFailure Error, Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata)
        : GladiaEvent
    {
        /// <inheritdoc />
        public override string Name => GladiaEventNames.Error;
    }

    /// <summary>An account webhook: a job was created (<c>transcription.created</c>).</summary>
    /// <param name="JobId">The job's id.</param>
    public sealed record JobCreatedWebhook(string JobId) : GladiaEvent
    {
        /// <inheritdoc />
        public override string Name => GladiaEventNames.Created;
    }

    /// <summary>An account webhook: a job is done (<c>transcription.success</c>); fetch its result by id.</summary>
    /// <param name="JobId">The job's id.</param>
    public sealed record JobSucceededWebhook(string JobId) : GladiaEvent
    {
        /// <inheritdoc />
        public override string Name => GladiaEventNames.Success;
    }

    /// <summary>An account webhook: a job failed (<c>transcription.error</c>); fetch it by id for its error code.</summary>
    /// <param name="JobId">The job's id.</param>
    public sealed record JobFailedWebhook(string JobId) : GladiaEvent
    {
        /// <inheritdoc />
        public override string Name => GladiaEventNames.Error;
    }

    /// <summary>An event this library does not know yet (e.g. <c>live.start_session</c>), kept whole.</summary>
    /// <param name="Name">The event's name on the wire.</param>
    /// <param name="Body">The whole body, as sent.</param>
    public sealed record UnknownEvent(string Name, JsonElement Body) : GladiaEvent
    {
        /// <summary>The event's name on the wire.</summary>
        public override string Name { get; } = Name;
    }
}
