open System
open PreRecordedFx
open PreRecordedFx.FSharp

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

let client =
    new GladiaClient(GladiaClientOptions(ApiKey = "gladia-mock-key", BaseUrl = Uri "http://localhost:5089"))

summary client
|> Async.AwaitTask
|> Async.RunSynchronously
|> List.iter (printfn "%s")
// 158 jobs done, 53623 s of audio
// no such job
