// Transcribes a local audio file from F# and waits for the job to finish.
// Usage: dotnet run -- call.wav  (GLADIA_API_KEY set; GLADIA_API_URL=http://localhost:5089 for the mock)
open PreRecordedFx
open FSharpTranscribe.Transcribe

let file =
    match System.Environment.GetCommandLineArgs() with
    | [| _; file |] -> file
    | _ -> failwith "usage: dotnet run -- <audio file>"

let client = new GladiaClient(GladiaClientOptions())

transcribe (client.PreRecorded()) file
|> Async.AwaitTask
|> Async.RunSynchronously
|> printfn "%s"
