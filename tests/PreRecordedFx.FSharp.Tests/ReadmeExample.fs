/// The F# example of the docs (docs/fsharp.md), run against the mock as the page runs it.
module PreRecordedFx.FSharp.Tests.ReadmeExample

open System
open System.IO
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.MockServer

// README:begin
/// Every case is handled: leave one out and the compiler says so.
let describe error =
    match error with
    | InvalidArgument(parameter, reason) -> $"bad {parameter}: {reason}"
    | Unauthorized _ -> "check the API key"
    | NotFound _ -> "no such job"
    | NotDeletable _ -> "still running: delete it once it is done"
    | RateLimited(Some wait, _) -> $"rate limited: retry in {wait.TotalSeconds} s"
    | RateLimited(None, _) -> "rate limited"
    | ServiceError(status, detail) -> $"Gladia answered {status}: {detail.Message}"
    | MalformedResponse(_, reason, _) -> $"unexpected answer: {reason}"
    | TransportFailure reason -> $"network: {reason}"
    | Timeout(operation, after) -> $"{operation} took over {after}"
    | DestinationFailure(destination, reason) -> $"could not keep the audio in {destination}: {reason}"
    | CreationUnconfirmed(reason, _) -> $"a job may exist ({reason}): look for it before creating it again"

let audioSeconds (job: Job) =
    job.File
    |> Option.ofLanguageExt
    |> Option.bind (fun file -> Option.ofLanguageExt file.AudioDuration)
    |> Option.defaultValue 0.0

let summary (client: GladiaClient) =
    task {
        let jobs = client.PreRecorded()

        // Every page of a filtered list, as one F# Result.
        let! finished =
            jobs.ListAllAsync(JobQuery.Default.WithStatus(JobStatus.Done).WithLimit 100)
            |> GladiaResult.collect

        // One call, matched on its outcome.
        let! missing = jobs.GetAsync "no-such-job" |> GladiaResult.ofTask

        return
            [
                match finished with
                | Ok list -> $"{list.Length} jobs done, {list |> List.sumBy audioSeconds |> int} s of audio"
                | Error error -> describe error
                match missing with
                | Ok job -> $"{job.Id} is {job.Status}"
                | Error error -> describe error
            ]
    }
// README:end

/// The first F# code block of docs/fsharp.md, the companion's page of the docs.
let private readmeBlock () =
    let fsharpBlock (path: string) =
        let text = File.ReadAllText(path).Replace("\r\n", "\n")
        let start = text.IndexOf "```fsharp\n"

        if start < 0 then
            None
        else
            let body = start + "```fsharp\n".Length
            Some(text.Substring(body, text.IndexOf("```", body) - body))

    let page = Path.Combine(__SOURCE_DIRECTORY__, "..", "..", "docs", "fsharp.md")

    fsharpBlock page
    |> Option.defaultWith (fun () -> failwith "no F# code block in docs/fsharp.md")

/// This file's code between the README markers.
let private testedCode () =
    let text =
        File.ReadAllText(Path.Combine(__SOURCE_DIRECTORY__, "ReadmeExample.fs")).Replace("\r\n", "\n")

    let start = text.IndexOf "// README:begin\n" + "// README:begin\n".Length
    text.Substring(start, text.IndexOf "// README:end" - start)

[<Fact>]
let ``the F# block of docs/fsharp.md is the code this file runs`` () =
    Assert.Contains(testedCode (), readmeBlock ())

[<Fact>]
let ``the docs' F# example prints what the page says, against the default mock`` () =
    task {
        use mock = new MockServerFactory(MockServerOptions())
        use handler = mock.Server.CreateHandler()

        use client =
            new GladiaClient(
                GladiaClientOptions(ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.Server.BaseAddress),
                handler
            )

        let promised =
            (readmeBlock ()).Split '\n'
            |> Array.skipWhile (fun line -> not (line.Contains "RunSynchronously"))
            |> Array.filter _.StartsWith("// ")
            |> Array.map _.Substring(3)
            |> List.ofArray

        let! printed = summary client

        Assert.NotEmpty promised
        Assert.Equal<string list>(promised, printed)
    }
