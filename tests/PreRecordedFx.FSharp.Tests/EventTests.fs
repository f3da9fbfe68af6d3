module PreRecordedFx.FSharp.Tests.EventTests

open System.IO
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp

let private jobId = "45463597-20b7-4af7-b3b3-f5fb778203ab"

let private fixture name =
    File.ReadAllBytes(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", name))

[<Fact>]
let ``a success callback is a succeeded job with its result and metadata`` () =
    match CallbackEvent.parse (fixture "callback-success.json") with
    | Ok(JobSucceeded(id, result, Some metadata)) ->
        Assert.Equal(jobId, id)
        Assert.Equal(12.5, result.Metadata.AudioDuration)
        Assert.Equal("John Doe", metadata["user"].GetString())
    | other -> failwith $"unexpected: %A{other}"

[<Fact>]
let ``an error callback is a failed job with its error`` () =
    match CallbackEvent.parse (fixture "callback-error.json") with
    | Ok(JobFailed(id, error, Some _)) ->
        Assert.Equal(jobId, id)
        Assert.Equal(JobFailure(500, "Internal Server Error"), error)
    | other -> failwith $"unexpected: %A{other}"

[<Fact>]
let ``every webhook carries the job id and an unknown event keeps its name`` () =
    let read name =
        match CallbackEvent.parse (fixture name) with
        | Ok(JobCreatedWebhook id) -> $"created {id}"
        | Ok(JobSucceededWebhook id) -> $"succeeded {id}"
        | Ok(JobFailedWebhook id) -> $"failed {id}"
        | Ok(UnknownEvent(name, body)) -> $"""unknown {name} {body.GetProperty("payload").GetProperty("id")}"""
        | other -> failwith $"unexpected: %A{other}"

    Assert.Equal($"created {jobId}", read "webhook-created.json")
    Assert.Equal($"succeeded {jobId}", read "webhook-success.json")
    Assert.Equal($"failed {jobId}", read "webhook-error.json")

    Assert.Equal(
        "unknown live.start_session 9f6b2b1c-3f4e-4a5b-8c7d-1e2f3a4b5c6d",
        read "webhook-live-start-session.json"
    )

[<Fact>]
let ``a malformed body is an error naming the member`` () =
    match CallbackEvent.parseText """{"event": "transcription.created"}""" with
    | Error(MalformedResponse(200, reason, _)) ->
        Assert.Equal("the transcription.created webhook has no 'payload' (it is missing or null)", reason)
    | other -> failwith $"unexpected: %A{other}"
