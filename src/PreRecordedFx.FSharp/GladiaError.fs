namespace PreRecordedFx.FSharp

open System
open System.Collections.Generic
open PreRecordedFx

/// <summary>What the service said about a failure (the F# form of <c>PreRecordedFx.ServiceDetail</c>).</summary>
type ErrorDetail =
    {
        /// <summary>The service's message, or a description of the status when the body said nothing.</summary>
        Message: string
        /// <summary>Gladia's <c>request_id</c>, to quote to support.</summary>
        RequestId: string option
        /// <summary>The <c>x-aipi-call-id</c> response header.</summary>
        CallId: string option
        /// <summary>The reasons a 400 gave; empty otherwise.</summary>
        ValidationErrors: string list
    }

/// <summary>
/// Every way a call can fail, as an F# union mirroring the closed C# union <c>PreRecordedFx.PreRecordedError</c>
/// case for case, so a <c>match</c> that misses a case is a compiler warning (an error under warnings as errors).
/// Get one with <c>GladiaError.ofPreRecordedError</c>, or directly from <c>GladiaResult.ofTask</c>.
/// </summary>
/// <example><code>
/// match error with
/// | NotFound _ -> "no such job"
/// | RateLimited(Some wait, _) -> $"retry in {wait}"
/// | ServiceError(status, detail) when status >= 500 -> $"Gladia is having trouble: {detail.Message}"
/// | other -> other.Message
/// </code></example>
type GladiaError =
    /// <summary>An argument was rejected before any request was sent.</summary>
    | InvalidArgument of parameter: string * reason: string
    /// <summary>The API key is missing or wrong (401).</summary>
    | Unauthorized of detail: ErrorDetail
    /// <summary>No job with this id, or it was deleted (404).</summary>
    | NotFound of detail: ErrorDetail
    /// <summary>The job is still queued or processing and cannot be deleted yet (403).</summary>
    | NotDeletable of detail: ErrorDetail
    /// <summary>Too many requests (429); <c>retryAfter</c> is how long the service asked to wait.</summary>
    | RateLimited of retryAfter: TimeSpan option * detail: ErrorDetail
    /// <summary>Any other error status: a 400 with validation errors, a 5xx, or a status the library does not map.</summary>
    | ServiceError of statusCode: int * detail: ErrorDetail
    /// <summary>The service answered, but not with what the contract promises.</summary>
    | MalformedResponse of statusCode: int * reason: string * excerpt: string
    /// <summary>The request did not complete: connection refused or reset, DNS, TLS, a redirect loop.</summary>
    | TransportFailure of reason: string
    /// <summary>The operation's time budget ran out (the caller's own cancellation throws instead).</summary>
    | Timeout of operation: string * after: TimeSpan
    /// <summary>
    /// The download arrived but could not be kept: the destination's write failed (a full disk), the file could not
    /// be moved into place, or it is too large for memory. Local, not transient: the network is not to blame.
    /// </summary>
    | DestinationFailure of destination: string * reason: string
    /// <summary>
    /// A job's creation was sent but its answer never came: the job may exist. Not transient: find it by its
    /// <c>customMetadata</c> before creating it again.
    /// </summary>
    | CreationUnconfirmed of reason: string * customMetadata: string option

/// <summary>Conversions between <see cref="T:PreRecordedFx.FSharp.GladiaError"/> and the C# error union.</summary>
[<RequireQualifiedAccess>]
module GladiaError =

    let private detailOf (detail: ServiceDetail) =
        {
            Message = detail.Message
            RequestId = Option.ofLanguageExt detail.RequestId
            CallId = Option.ofLanguageExt detail.CallId
            ValidationErrors = List.ofSeq detail.ValidationErrors
        }

    let private languageExt (value: 'T option) =
        match value with
        | Some v -> LanguageExt.Option<'T>.Some v
        | None -> LanguageExt.Option<'T>.None

    let private serviceDetailOf (detail: ErrorDetail) =
        ServiceDetail(
            detail.Message,
            languageExt detail.RequestId,
            languageExt detail.CallId,
            List<string>(detail.ValidationErrors)
        )

    /// <summary>The F# case for a C# error, with the same data.</summary>
    /// <param name="error">An error from any call of the library.</param>
    /// <returns>The matching case.</returns>
    let ofPreRecordedError (error: PreRecordedError) : GladiaError =
        error.Match(
            (fun e -> InvalidArgument(e.Parameter, e.Reason)),
            (fun e -> Unauthorized(detailOf e.Detail)),
            (fun e -> NotFound(detailOf e.Detail)),
            (fun e -> NotDeletable(detailOf e.Detail)),
            (fun e -> RateLimited(Option.ofLanguageExt e.RetryAfter, detailOf e.Detail)),
            (fun e -> ServiceError(e.StatusCode, detailOf e.Detail)),
            (fun e -> MalformedResponse(e.StatusCode, e.Reason, e.Excerpt)),
            (fun e -> TransportFailure e.Reason),
            (fun e -> Timeout(e.Operation, e.After)),
            (fun e -> DestinationFailure(e.Destination, e.Reason)),
            (fun e -> CreationUnconfirmed(e.Reason, Option.ofLanguageExt e.CustomMetadata))
        )

    /// <summary>The C# error with the same data, e.g. to throw it as a <c>PreRecordedException</c> or to log its code.</summary>
    /// <param name="error">An F# error.</param>
    /// <returns>The matching C# case.</returns>
    let toPreRecordedError (error: GladiaError) : PreRecordedError =
        match error with
        | InvalidArgument(parameter, reason) -> PreRecordedError.InvalidArgument(parameter, reason)
        | Unauthorized detail -> PreRecordedError.Unauthorized(serviceDetailOf detail)
        | NotFound detail -> PreRecordedError.NotFound(serviceDetailOf detail)
        | NotDeletable detail -> PreRecordedError.NotDeletable(serviceDetailOf detail)
        | RateLimited(retryAfter, detail) ->
            PreRecordedError.RateLimited(languageExt retryAfter, serviceDetailOf detail)
        | ServiceError(statusCode, detail) -> PreRecordedError.ServiceError(statusCode, serviceDetailOf detail)
        | MalformedResponse(statusCode, reason, excerpt) ->
            PreRecordedError.MalformedResponse(statusCode, reason, excerpt)
        | TransportFailure reason -> PreRecordedError.TransportFailure(reason)
        | Timeout(operation, after) -> PreRecordedError.Timeout(operation, after)
        | DestinationFailure(destination, reason) -> PreRecordedError.DestinationFailure(destination, reason)
        | CreationUnconfirmed(reason, customMetadata) ->
            PreRecordedError.CreationUnconfirmed(reason, languageExt customMetadata)

type GladiaError with

    /// <summary>An HTTP-like code for the failure (e.g. 404, 429), for logs and metrics.</summary>
    member this.Code = (GladiaError.toPreRecordedError this).Code

    /// <summary>A sentence a person can read; never contains the API key.</summary>
    member this.Message = (GladiaError.toPreRecordedError this).Message

    /// <summary>Whether the same call may succeed if tried again later (rate limits, 5xx, transport, timeouts).</summary>
    member this.IsTransient = (GladiaError.toPreRecordedError this).IsTransient
