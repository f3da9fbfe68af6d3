namespace PreRecordedFx;

/// <summary>
/// One operation's time budget, linked with the caller's token. When it runs out the operation ends as
/// <see cref="PreRecordedError.Timeout"/>; when the caller cancels, <see cref="OperationCanceledException"/> propagates.
/// </summary>
internal sealed class OperationBudget : IDisposable
{
    // The retry handler cannot be handed the budget (Refit builds the request), so the operation's flow carries it.
    private static readonly AsyncLocal<OperationBudget?> Running = new();

    private readonly CancellationTokenSource timer;
    private readonly TimeProvider time;
    private readonly long started;
    private readonly CancellationTokenSource? linked;
    private readonly CancellationToken callerToken;

    public OperationBudget(string operation, TimeSpan timeout, TimeProvider time, CancellationToken callerToken)
    {
        Operation = operation;
        Timeout = timeout;
        this.callerToken = callerToken;
        this.time = time;
        started = time.GetTimestamp();
        timer = new CancellationTokenSource(timeout, time);
        // Only a token that can be cancelled needs linking: many calls pass none, and a link costs a source and a registration.
        linked = callerToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(callerToken, timer.Token) : null;
    }

    /// <summary>The budget of the operation running in this asynchronous flow, if any (set by <see cref="Enter"/>).</summary>
    public static OperationBudget? Current => Running.Value;

    public string Operation { get; }

    /// <summary>What is left of the budget now.</summary>
    public TimeSpan Remaining => Timeout - time.GetElapsedTime(started);

    public TimeSpan Timeout { get; }

    /// <summary>Cancelled when the caller cancels or the budget runs out.</summary>
    public CancellationToken Token => linked?.Token ?? timer.Token;

    /// <summary>Makes this the <see cref="Current"/> budget for the rest of the calling async method (and what it awaits).</summary>
    public void Enter() => Running.Value = this;

    /// <summary>
    /// What an exception means: <c>null</c> when it must propagate (the caller cancelled, or a bug), else the error.
    /// The caller's cancellation wins over a timeout that fired at the same moment.
    /// </summary>
    public PreRecordedError? Classify(Exception exception, string secret)
    {
        if (callerToken.IsCancellationRequested)
        {
            return null;
        }

        if (timer.IsCancellationRequested && exception is OperationCanceledException or IOException or HttpRequestException)
        {
            return new PreRecordedError.Timeout(Operation, Timeout);
        }

        return exception switch
        {
            HttpRequestException or IOException or System.Net.Sockets.SocketException =>
                new PreRecordedError.TransportFailure(SecretScrubber.Scrub(Describe(exception), secret)),
            _ => null,
        };
    }

    /// <summary>Throws the caller's cancellation as an <see cref="OperationCanceledException"/> carrying its token, whatever was thrown.</summary>
    public void ThrowIfCallerCancelled(Exception exception)
    {
        // Always the caller's own token, so the caller can tell its cancellation from anything else.
        if (callerToken.IsCancellationRequested && (exception as OperationCanceledException)?.CancellationToken != callerToken)
        {
            throw new OperationCanceledException("The operation was cancelled by the caller.", exception, callerToken);
        }
    }

    public void Dispose()
    {
        linked?.Dispose();
        timer.Dispose();
    }

    private static string Describe(Exception exception) =>
        exception.InnerException is { } inner && inner.Message != exception.Message
            ? exception.Message + " (" + inner.Message + ")"
            : exception.Message;
}
