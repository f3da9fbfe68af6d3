/// Starting jobs from F#: the C# calls through GladiaResult, the request built with F#'s named setters.
module PreRecordedFx.FSharp.Tests.TranscribeTests

open System
open System.IO
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.FSharp.Tests.Mock
open PreRecordedFx.MockServer

/// Created jobs finish at once.
let private quick () =
    MockServerOptions(Jobs = 3, QueuedSeconds = 0.0, ProcessingSeconds = 0.0)

let private wavFile seconds =
    let path =
        Path.Combine(Path.GetTempPath(), $"prerecordedfx-fs-{Guid.NewGuid():N}.wav")

    File.WriteAllBytes(path, SampleAudio.Wav(seconds, 2))
    path

let private fast () =
    WaitOptions(InitialDelay = TimeSpan.FromMilliseconds 5.0, Budget = TimeSpan.FromSeconds 20.0)

[<Fact>]
let ``a local file is uploaded, transcribed and waited for, as a Result`` () =
    task {
        use mock = start (quick ())
        use client = mock.Client()
        let path = wavFile 1.5

        try
            let request =
                TranscriptionRequest(Diarization = DiarizationSettings(MaxSpeakers = 2)).WithMetadata("team", "legal")

            let! job =
                client.PreRecorded().TranscribeFileAsync(path, request, fast ())
                |> GladiaResult.ofTask

            let job = ok job
            Assert.Equal(JobStatus.Done, job.Status)

            Assert.Equal(
                Some 1.5,
                job.File
                |> Option.ofLanguageExt
                |> Option.bind (fun f -> Option.ofLanguageExt f.AudioDuration)
            )
        finally
            File.Delete path
    }

[<Fact>]
let ``an upload and a creation are two calls, each with its own Result`` () =
    task {
        use mock = start (quick ())
        use client = mock.Client()
        let jobs = client.PreRecorded()
        use audio = new MemoryStream(SampleAudio.Wav(0.5, 1))

        let! uploaded = jobs.UploadAsync(audio, "memo.wav") |> GladiaResult.ofTask
        let uploaded = ok uploaded

        let request =
            TranscriptionRequest(
                uploaded.AudioUrl.AbsoluteUri,
                Translation = TranslationSettings([| "de" |]),
                Subtitles = SubtitlesSettings(Formats = [| "srt"; "vtt" |])
            )

        let! created = jobs.CreateAsync request |> GladiaResult.ofTask

        Assert.Equal("memo.wav", uploaded.AudioMetadata.Filename)
        Assert.False(String.IsNullOrEmpty (ok created).Id)
    }

[<Fact>]
let ``a bad request is an InvalidArgument naming every problem, before anything is sent`` () =
    task {
        use mock = start (quick ())
        use client = mock.Client()

        let request =
            TranscriptionRequest("ftp://files.example/a.wav", Translation = TranslationSettings([||]))

        let! created = client.PreRecorded().CreateAsync request |> GladiaResult.ofTask

        match error created with
        | InvalidArgument("request", reason) ->
            Assert.Equal(
                "audio_url must be an absolute http(s) URL; translation_config.target_languages must name at least one language, none blank",
                reason
            )
        | other -> failwith $"expected InvalidArgument, got {other}"
    }

[<Fact>]
let ``an unconfirmed creation keeps its metadata both ways`` () =
    let csharp =
        PreRecordedError.CreationUnconfirmed("reset", LanguageExt.Option<string>.Some "{\"case\":\"42\"}")

    let fsharp = GladiaError.ofPreRecordedError csharp

    Assert.Equal(CreationUnconfirmed("reset", Some "{\"case\":\"42\"}"), fsharp)
    Assert.Equal(csharp :> PreRecordedError, GladiaError.toPreRecordedError fsharp)
    Assert.False fsharp.IsTransient
