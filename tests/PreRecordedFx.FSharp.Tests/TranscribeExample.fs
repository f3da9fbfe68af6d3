/// The F# transcribe example of the docs (docs/fsharp.md), compiled from examples/FSharpTranscribe/Transcribe.fs into
/// this project and run against the mock.
module PreRecordedFx.FSharp.Tests.TranscribeExample

open System.IO
open Xunit
open PreRecordedFx
open PreRecordedFx.MockServer
open FSharpTranscribe.Transcribe

[<Fact>]
let ``the example transcribes a WAV file to a done job, found by its metadata`` () =
    task {
        use mock =
            Mock.start (MockServerOptions(Jobs = 5, QueuedSeconds = 0.0, ProcessingSeconds = 0.0))

        use client = mock.Client()
        use wav = new WavFile(1.0)

        let! line = transcribe (client.PreRecorded()) wav.Path

        let! found =
            Mock.all client (JobQuery.Default.WithCustomMetadata("source", FileInfo(wav.Path).Name))

        let job = List.exactlyOne found
        Assert.Equal($"{job.Id} is done", line)
    }

[<Fact>]
let ``the example says why a missing file was not transcribed`` () =
    task {
        use mock = Mock.start (MockServerOptions(Jobs = 5))
        use client = mock.Client()

        let! line = transcribe (client.PreRecorded()) "/no/such/audio.wav"

        Assert.StartsWith("not transcribed: ", line)
        Assert.Contains("path", line)
    }
