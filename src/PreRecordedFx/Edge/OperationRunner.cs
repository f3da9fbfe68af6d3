using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Runs one operation: the core's request (or its rejection), a span, the time budget, the send through Refit, and
/// the reading of the answer; transport failures and the budget running out become <c>Left</c> values, the caller's
/// cancellation propagates. Everything the façade does goes through here.
/// </summary>
internal sealed class OperationRunner
{
    private readonly Func<IGladiaApi> api;
    private readonly string apiKey;
    private volatile bool closed;

    public OperationRunner(Func<IGladiaApi> api, string apiKey, TimeProvider time)
    {
        this.api = api;
        this.apiKey = apiKey;
        Time = time;
    }

    public TimeProvider Time { get; }

    /// <param name="operation">The operation's name, for spans, logs and <see cref="PreRecordedError.Timeout"/>.</param>
    /// <param name="timeout">The operation's whole budget, retries and body included.</param>
    /// <param name="request">The core's request, or why it was rejected (then nothing is sent).</param>
    /// <param name="read">Reads the answer; it owns (disposes or hands on) the response.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public Task<Either<PreRecordedError, T>> RunAsync<T>(
        string operation,
        TimeSpan timeout,
        Either<PreRecordedError, ApiRequest> request,
        Func<HttpResponseMessage, CancellationToken, Task<Either<PreRecordedError, T>>> read,
        CancellationToken cancellationToken) =>
        RunAsync(operation, timeout, request, range: null, upload: null, read, cancellationToken);

    /// <summary>As the first overload, with a <c>Range</c> header on the GET (<paramref name="range"/>, or none when <c>null</c>).</summary>
    /// <param name="operation">The operation's name.</param>
    /// <param name="timeout">The operation's whole budget.</param>
    /// <param name="request">The core's request, or why it was rejected.</param>
    /// <param name="range">The <c>Range</c> header's value, e.g. <c>bytes=1024-</c>.</param>
    /// <param name="read">Reads the answer.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public Task<Either<PreRecordedError, T>> RunAsync<T>(
        string operation,
        TimeSpan timeout,
        Either<PreRecordedError, ApiRequest> request,
        string? range,
        Func<HttpResponseMessage, CancellationToken, Task<Either<PreRecordedError, T>>> read,
        CancellationToken cancellationToken) =>
        RunAsync(operation, timeout, request, range, upload: null, read, cancellationToken);

    /// <summary>The run itself: a <c>Range</c> header on a GET, or an upload's body on a POST, when given.</summary>
    /// <param name="operation">The operation's name.</param>
    /// <param name="timeout">The operation's whole budget.</param>
    /// <param name="request">The core's request, or why it was rejected.</param>
    /// <param name="range">The <c>Range</c> header's value, e.g. <c>bytes=1024-</c>, or <c>null</c>.</param>
    /// <param name="upload">The upload's body, or <c>null</c>.</param>
    /// <param name="read">Reads the answer.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    public async Task<Either<PreRecordedError, T>> RunAsync<T>(
        string operation,
        TimeSpan timeout,
        Either<PreRecordedError, ApiRequest> request,
        string? range,
        Upload? upload,
        Func<HttpResponseMessage, CancellationToken, Task<Either<PreRecordedError, T>>> read,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(closed, typeof(GladiaClient));
        if (request.Case is not ApiRequest apiRequest)
        {
            return (PreRecordedError)request.Case!;
        }

        using var activity = Telemetry.Start(operation, apiRequest);
        using var budget = new OperationBudget(operation, timeout, Time, cancellationToken);
        budget.Enter();
        Either<PreRecordedError, T> result;
        try
        {
            var response = await ApiTransport.SendAsync(api(), apiRequest, range, upload, budget.Token).ConfigureAwait(false);
            result = await read(response, budget.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (closed && !cancellationToken.IsCancellationRequested)
        {
            // Disposing the client cancels what is in flight; that is not the caller's cancellation nor a network failure.
            throw new ObjectDisposedException(typeof(GladiaClient).FullName, $"The GladiaClient was disposed while this {operation} call was in flight ({e.GetType().Name}).");
        }
        catch (Exception e) when (budget.Classify(e, apiKey) is { } error)
        {
            result = apiRequest.CreatesJob && !(e is HttpRequestException sendFailure && RetryPolicy.NeverSent(sendFailure))
                ? new PreRecordedError.CreationUnconfirmed(error.Message, LanguageExt.Option<string>.None)
                : error;
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested)
        {
            Telemetry.Cancelled(activity);
            budget.ThrowIfCallerCancelled(e);
            throw;
        }

        result = result.MapLeft(error => SecretScrubber.Scrub(error, apiKey));
        Telemetry.Complete(activity, result);
        return result;
    }

    /// <summary>Starts a budget for work that continues after a run (streaming a file body).</summary>
    public OperationBudget Budget(string operation, TimeSpan timeout, CancellationToken cancellationToken) =>
        new(operation, timeout, Time, cancellationToken);

    public string ApiKey => apiKey;

    /// <summary>
    /// Marks the owning client disposed, before its connections go: a call made after this, or one in flight when it
    /// happens, throws <see cref="ObjectDisposedException"/> (using a disposed client is a bug, as with <c>HttpClient</c>).
    /// </summary>
    public void Close() => closed = true;
}
