namespace PreRecordedFx.FSharp

open System.Collections.Generic
open System.Text
open System.Text.Json
open PreRecordedFx

/// <summary>
/// What Gladia sent to a callback URL or an account webhook, as an F# union mirroring the closed C# union
/// <c>PreRecordedFx.GladiaEvent</c> case for case, so a <c>match</c> that misses a case is a compiler warning.
/// Get one with <c>CallbackEvent.parse</c>.
/// </summary>
/// <example><code>
/// match CallbackEvent.parse body with
/// | Ok(JobSucceeded(jobId, result, _)) -> save jobId result
/// | Ok(JobFailed(jobId, error, _)) -> printfn $"{jobId} failed: {error.Message}"
/// | Ok(UnknownEvent(name, _)) -> printfn $"ignored {name}"
/// | Ok _ -> ()
/// | Error error -> printfn $"not an event: {error.Message}"
/// </code></example>
type CallbackEvent =
    /// <summary>A callback: the job is done, with its result and the metadata given at creation.</summary>
    | JobSucceeded of
        jobId: string *
        result: JobResult *
        customMetadata: IReadOnlyDictionary<string, JsonElement> option
    /// <summary>A callback: the job failed, with its error and the metadata given at creation.</summary>
    | JobFailed of jobId: string * error: JobFailure * customMetadata: IReadOnlyDictionary<string, JsonElement> option
    /// <summary>An account webhook: a job was created.</summary>
    | JobCreatedWebhook of jobId: string
    /// <summary>An account webhook: a job is done; fetch its result by id.</summary>
    | JobSucceededWebhook of jobId: string
    /// <summary>An account webhook: a job failed; fetch it by id for its error code.</summary>
    | JobFailedWebhook of jobId: string
    /// <summary>An event this library does not know yet (e.g. <c>live.start_session</c>), kept whole.</summary>
    | UnknownEvent of name: string * body: JsonElement

/// <summary>The F# form of <c>PreRecordedFx.GladiaEvents.Parse</c>: a body in, an F# <c>Result</c> out.</summary>
[<RequireQualifiedAccess>]
module CallbackEvent =

    /// <summary>The F# case for a C# event, with the same data.</summary>
    /// <param name="gladiaEvent">An event from <c>GladiaEvents.Parse</c> or the ASP.NET Core receiver.</param>
    /// <returns>The matching case.</returns>
    let ofGladiaEvent (gladiaEvent: GladiaEvent) : CallbackEvent =
        gladiaEvent.Match(
            (fun e -> JobSucceeded(e.JobId, e.Result, Option.ofLanguageExt e.CustomMetadata)),
            (fun e -> JobFailed(e.JobId, e.Error, Option.ofLanguageExt e.CustomMetadata)),
            (fun e -> JobCreatedWebhook e.JobId),
            (fun e -> JobSucceededWebhook e.JobId),
            (fun e -> JobFailedWebhook e.JobId),
            (fun e -> UnknownEvent(e.Name, e.Body))
        )

    /// <summary>Reads one event from a request's body (UTF-8 JSON).</summary>
    /// <param name="body">The body's bytes.</param>
    /// <returns>The event, or a <c>MalformedResponse</c> naming what breaks the contract.</returns>
    let parse (body: byte array) : GladiaResult<CallbackEvent> =
        GladiaEvents.Parse(System.ReadOnlySpan body)
        |> GladiaResult.ofEither
        |> Result.map ofGladiaEvent

    /// <summary>Reads one event from a body already decoded as text.</summary>
    /// <param name="json">The body.</param>
    /// <returns>The event, or a <c>MalformedResponse</c> naming what breaks the contract.</returns>
    let parseText (json: string) : GladiaResult<CallbackEvent> = parse (Encoding.UTF8.GetBytes json)
