using System.Globalization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Every way a call can fail, as a closed union of sealed records: the constructor is private, so the
/// cases nested here are all there are. Match them with <see cref="Match{TResult}"/> (exhaustive, from C# or F#)
/// or with a C# <c>switch</c>. <see cref="Code"/> is HTTP-like where a status exists.
/// </summary>
public abstract record PreRecordedError
{
    private PreRecordedError()
    {
    }

    /// <summary>An HTTP-like code for the failure (e.g. 404, 429), for logs and metrics.</summary>
    public abstract int Code { get; }

    /// <summary>A sentence a person can read; never contains the API key.</summary>
    public abstract string Message { get; }

    /// <summary>Whether the same call may succeed if tried again later (rate limits, 5xx, transport, timeouts).</summary>
    public virtual bool IsTransient => false;

    /// <summary>Runs the function for this case. Every case must be handled, so adding one is a compile error.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <returns>What the chosen function returns.</returns>
    public TResult Match<TResult>(
        Func<InvalidArgument, TResult> invalidArgument,
        Func<Unauthorized, TResult> unauthorized,
        Func<NotFound, TResult> notFound,
        Func<NotDeletable, TResult> notDeletable,
        Func<RateLimited, TResult> rateLimited,
        Func<ServiceError, TResult> serviceError,
        Func<MalformedResponse, TResult> malformedResponse,
        Func<TransportFailure, TResult> transportFailure,
        Func<Timeout, TResult> timeout,
        Func<DestinationFailure, TResult> destinationFailure,
        Func<CreationUnconfirmed, TResult> creationUnconfirmed)
    {
        ArgumentNullException.ThrowIfNull(invalidArgument);
        ArgumentNullException.ThrowIfNull(unauthorized);
        ArgumentNullException.ThrowIfNull(notFound);
        ArgumentNullException.ThrowIfNull(notDeletable);
        ArgumentNullException.ThrowIfNull(rateLimited);
        ArgumentNullException.ThrowIfNull(serviceError);
        ArgumentNullException.ThrowIfNull(malformedResponse);
        ArgumentNullException.ThrowIfNull(transportFailure);
        ArgumentNullException.ThrowIfNull(timeout);
        ArgumentNullException.ThrowIfNull(destinationFailure);
        ArgumentNullException.ThrowIfNull(creationUnconfirmed);
        return this switch
        {
            InvalidArgument e => invalidArgument(e),
            Unauthorized e => unauthorized(e),
            NotFound e => notFound(e),
            NotDeletable e => notDeletable(e),
            RateLimited e => rateLimited(e),
            ServiceError e => serviceError(e),
            MalformedResponse e => malformedResponse(e),
            TransportFailure e => transportFailure(e),
            Timeout e => timeout(e),
            DestinationFailure e => destinationFailure(e),

            // The constructor is private, so a CreationUnconfirmed is the only case left.
            _ => creationUnconfirmed((CreationUnconfirmed)this),
        };
    }

    /// <summary>An argument was rejected before any request was sent.</summary>
    /// <param name="Parameter">Which argument (e.g. <c>jobId</c>, <c>limit</c>).</param>
    /// <param name="Reason">Why it was rejected.</param>
    public sealed record InvalidArgument(string Parameter, string Reason) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 400;

        /// <inheritdoc />
        public override string Message => $"Invalid {Parameter}: {Reason}";
    }

    /// <summary>The API key is missing or wrong (401). Check the key; retrying will not help.</summary>
    /// <param name="Detail">What the service said.</param>
    public sealed record Unauthorized(ServiceDetail Detail) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 401;

        /// <inheritdoc />
        public override string Message => $"Unauthorized: {Detail.Message}";
    }

    /// <summary>No job with this id, or it was deleted (404).</summary>
    /// <param name="Detail">What the service said.</param>
    public sealed record NotFound(ServiceDetail Detail) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 404;

        /// <inheritdoc />
        public override string Message => $"Not found: {Detail.Message}";
    }

    /// <summary>The job cannot be deleted yet: it is still queued or processing (403). Retry once it is done.</summary>
    /// <param name="Detail">What the service said.</param>
    public sealed record NotDeletable(ServiceDetail Detail) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 403;

        /// <inheritdoc />
        public override string Message => $"Not deletable: {Detail.Message}";
    }

    /// <summary>Too many requests (429). Wait <see cref="RetryAfter"/> when given, then retry.</summary>
    /// <param name="RetryAfter">How long the service asked to wait, from <c>Retry-After</c>.</param>
    /// <param name="Detail">What the service said.</param>
    public sealed record RateLimited(Option<TimeSpan> RetryAfter, ServiceDetail Detail) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 429;

        /// <inheritdoc />
        public override bool IsTransient => true;

        /// <inheritdoc />
        public override string Message =>
            RetryAfter.Match(
                Some: wait => string.Create(CultureInfo.InvariantCulture, $"Rate limited: retry after {wait.TotalSeconds:0.###} s"),
                None: () => "Rate limited");
    }

    /// <summary>
    /// Any other error status from the service: a 400 with <see cref="ServiceDetail.ValidationErrors"/>,
    /// a 5xx (transient), or a status this library does not map.
    /// </summary>
    /// <param name="StatusCode">The HTTP status.</param>
    /// <param name="Detail">What the service said.</param>
    public sealed record ServiceError(int StatusCode, ServiceDetail Detail) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => StatusCode;

        /// <inheritdoc />
        public override bool IsTransient => StatusCode is 408 or >= 500;

        /// <inheritdoc />
        public override string Message => $"Service error {StatusCode}: {Detail.Message}";
    }

    /// <summary>The service answered, but not with what the contract promises (bad JSON, wrong type, missing field).</summary>
    /// <param name="StatusCode">The HTTP status of the answer.</param>
    /// <param name="Reason">What was wrong.</param>
    /// <param name="Excerpt">The start of the body, for diagnosis.</param>
    public sealed record MalformedResponse(int StatusCode, string Reason, string Excerpt) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 502;

        /// <inheritdoc />
        public override string Message => $"Malformed response (HTTP {StatusCode}): {Reason}";
    }

    /// <summary>The request did not complete: connection refused or reset, DNS, TLS, a redirect loop.</summary>
    /// <param name="Reason">What happened.</param>
    public sealed record TransportFailure(string Reason) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 503;

        /// <inheritdoc />
        public override bool IsTransient => true;

        /// <inheritdoc />
        public override string Message => $"Transport failure: {Reason}";
    }

    /// <summary>The operation's time budget ran out (not the caller's cancellation, which propagates).</summary>
    /// <param name="Operation">Which operation, e.g. <c>get</c>.</param>
    /// <param name="After">The budget that ran out.</param>
    public sealed record Timeout(string Operation, TimeSpan After) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 504;

        /// <inheritdoc />
        public override bool IsTransient => true;

        /// <inheritdoc />
        public override string Message =>
            string.Create(CultureInfo.InvariantCulture, $"Timeout: {Operation} took longer than {After.TotalSeconds:0.###} s");
    }

    /// <summary>
    /// The download arrived but could not be kept: the destination stream's write failed (a full disk), the file
    /// could not be moved into place, or the file is too large for memory. A local failure, so retrying the same
    /// call against the same destination will not help, and the network is not to blame.
    /// </summary>
    /// <param name="Destination">Where the bytes were going: the path, the stream's type, or <c>memory</c>.</param>
    /// <param name="Reason">What went wrong there.</param>
    public sealed record DestinationFailure(string Destination, string Reason) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 507;

        /// <inheritdoc />
        public override string Message => $"Destination failure ({Destination}): {Reason}";
    }

    /// <summary>
    /// A job's creation was sent but its answer never came (a timeout, or the connection broke after the request went):
    /// the job may exist. Not transient on purpose: creating it again blindly could transcribe (and bill) the audio twice.
    /// Find it first by its <c>custom_metadata</c> (<see cref="JobQuery.WithCustomMetadata"/>), as the message says.
    /// </summary>
    /// <param name="Reason">What broke.</param>
    /// <param name="CustomMetadata">The request's <c>custom_metadata</c> (JSON), to find the job by, when it had one.</param>
    public sealed record CreationUnconfirmed(string Reason, Option<string> CustomMetadata) : PreRecordedError
    {
        /// <inheritdoc />
        public override int Code => 504;

        /// <inheritdoc />
        public override string Message => "Creation unconfirmed: " + Reason + "; a job may exist. " + CustomMetadata.Match(
            Some: metadata => $"Look for it by its custom_metadata {metadata} (list jobs filtered on it) before creating it again.",
            None: () => "Look for it among the newest jobs before creating it again (a custom_metadata on the request would let you find it by that).");
    }
}
