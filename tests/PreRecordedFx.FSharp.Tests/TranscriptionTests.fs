/// Starting jobs from F#: the client's upload, create and transcribe calls through GladiaResult, with requests built
/// by the Transcription module, against a mock whose jobs finish at once.
namespace PreRecordedFx.FSharp.Tests

open System
open System.IO
open System.Text.Json
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.MockServer
open PreRecordedFx.FSharp.Tests.Mock

/// A WAV of silence (16 kHz, 16-bit mono) in a temporary file, deleted with this value.
type WavFile(seconds: float) =
    let path =
        Path.Combine(Path.GetTempPath(), $"prerecordedfx-fsharp-{Guid.NewGuid():N}.wav")

    do File.WriteAllBytes(path, SampleAudio.Wav seconds)

    member _.Path = path

    interface IDisposable with
        member _.Dispose() = File.Delete path

type TranscriptionTests() =
    /// A mock whose created jobs are done as soon as they are created.
    let instant () =
        start (MockServerOptions(Jobs = 5, QueuedSeconds = 0.0, ProcessingSeconds = 0.0))

    let metadataOf (job: Job) =
        job.CustomMetadata
        |> Option.ofLanguageExt
        |> Option.map (Seq.map (fun pair -> pair.Key, nonNull (pair.Value.GetString())) >> List.ofSeq)

    [<Fact>]
    member _.``withMetadata adds each pair to custom_metadata, a later key winning``() =
        let request =
            TranscriptionRequest "https://example.com/a.wav"
            |> Transcription.withMetadata [ "userId", "u-42"; "batch", "7"; "userId", "u-43" ]

        use metadata = JsonDocument.Parse(nonNull request.CustomMetadata)

        let members =
            metadata.RootElement.EnumerateObject()
            |> Seq.map (fun m -> m.Name, nonNull (m.Value.GetString()))
            |> List.ofSeq

        Assert.Equal<(string * string) list>([ "userId", "u-43"; "batch", "7" ], members)

    [<Fact>]
    member _.``withOptions keeps each option's JSON by its wire name``() =
        let request =
            TranscriptionRequest "https://example.com/a.wav"
            |> Transcription.withOptions [ "display_mode", "true"; "name_consistency", "false" ]

        Assert.Equal<(string * string) list>(
            [ "display_mode", "true"; "name_consistency", "false" ],
            request.ExtraOptions |> Seq.map (fun o -> o.Key, o.Value) |> List.ofSeq
        )

    [<Fact>]
    member _.``spelling maps each spelling to what it replaces``() =
        let settings =
            Transcription.spelling [ "SQL", [ "Sequel"; "sequel" ]; "Gladia", [ "gladya" ] ]

        Assert.Equal(2, settings.SpellingDictionary.Count)
        Assert.Equal<string seq>([ "Sequel"; "sequel" ], settings.SpellingDictionary["SQL"])
        Assert.Equal<string seq>([ "gladya" ], settings.SpellingDictionary["Gladia"])

    [<Fact>]
    member _.``a WAV file uploads to an audio_url with what Gladia read of it``() =
        task {
            use mock = instant ()
            use client = mock.Client()
            use wav = new WavFile(1.5)

            let! uploaded = client.PreRecorded().UploadFileAsync wav.Path |> GladiaResult.ofTask

            let audio = ok uploaded
            Assert.Equal(Path.GetFileName wav.Path, audio.AudioMetadata.Filename)
            Assert.Equal(1.5, audio.AudioMetadata.AudioDuration, 2)
            Assert.Equal(1, audio.AudioMetadata.NumberOfChannels)
            Assert.Equal(FileInfo(wav.Path).Length, audio.AudioMetadata.Size)
            Assert.StartsWith("http", audio.AudioUrl.Scheme)
        }

    [<Fact>]
    member _.``transcribeFile with an F#-built request ends in a done job carrying its metadata``() =
        task {
            use mock = instant ()
            use client = mock.Client()
            use wav = new WavFile(2.0)

            let request =
                TranscriptionRequest(
                    Language = LanguageSettings(Languages = [ "en" ]),
                    Diarization = DiarizationSettings(MaxSpeakers = Option.toNullable (Some 2)),
                    Subtitles = SubtitlesSettings(Formats = [ "srt"; "vtt" ]),
                    CustomSpelling = Transcription.spelling [ "SQL", [ "Sequel" ] ]
                )
                |> Transcription.withMetadata [ "userId", "u-42" ]

            let! finished =
                client.PreRecorded().TranscribeFileAsync(wav.Path, request)
                |> GladiaResult.ofTask

            let job = ok finished
            Assert.Equal(JobStatus.Done, job.Status)
            Assert.Equal(Some [ "userId", "u-42" ], metadataOf job)
        }

    [<Fact>]
    member _.``a created job is found again by the metadata it was given``() =
        task {
            use mock = instant ()
            use client = mock.Client()
            let jobs = client.PreRecorded()

            let request =
                TranscriptionRequest "https://example.com/call.wav"
                |> Transcription.withMetadata [ "ticket", "T-1" ]

            let! created = jobs.CreateAsync request |> GladiaResult.ofTask
            let! found = all client (JobQuery.Default.WithCustomMetadata("ticket", "T-1"))

            Assert.Equal<string list>([ (ok created).Id ], found |> List.map _.Id)
        }

    [<Fact>]
    member _.``a bad request is an InvalidArgument naming every problem, and nothing is created``() =
        task {
            use mock = instant ()
            use client = mock.Client()

            let request =
                TranscriptionRequest(
                    "not a url",
                    Translation = TranslationSettings([]),
                    Callback = CallbackSettings "ftp://example.com/hook"
                )

            let! result = client.PreRecorded().CreateAsync request |> GladiaResult.ofTask

            match error result with
            | InvalidArgument(parameter, reason) ->
                Assert.Equal("request", parameter)
                Assert.Contains("audio_url must be an absolute http(s) URL", reason)
                Assert.Contains("translation_config.target_languages", reason)
                Assert.Contains("callback_config.url", reason)
            | other -> failwith $"expected InvalidArgument, got {other}"

            let! afterwards = all client (JobQuery.Default.WithLimit 100)
            Assert.Equal(5, afterwards.Length)
        }

    [<Fact>]
    member _.``transcribeFile refuses a bad request before uploading``() =
        task {
            use mock = instant ()
            use client = mock.Client()

            let! result =
                client
                    .PreRecorded()
                    .TranscribeFileAsync(
                        "/no/such/file.wav",
                        TranscriptionRequest(Translation = TranslationSettings([]))
                    )
                |> GladiaResult.ofTask

            match error result with
            | InvalidArgument(parameter, reason) ->
                Assert.Equal("request", parameter)
                Assert.Contains("translation_config.target_languages", reason)
            | other -> failwith $"expected InvalidArgument, got {other}"
        }

    [<Fact>]
    member _.``a create whose answer never comes is CreationUnconfirmed with the request's metadata``() =
        task {
            use mock = start (MockServerOptions(Jobs = 5, LatencyMs = 2000))
            let options = mock.ClientOptions()
            options.CreateTimeout <- TimeSpan.FromMilliseconds 100.0
            use client = mock.Client options

            let request =
                TranscriptionRequest "https://example.com/call.wav"
                |> Transcription.withMetadata [ "ticket", "T-2" ]

            let! result = client.PreRecorded().CreateAsync request |> GladiaResult.ofTask

            match error result with
            | CreationUnconfirmed(_, customMetadata) as unconfirmed ->
                Assert.Equal(Option.ofObj request.CustomMetadata, customMetadata)
                Assert.True customMetadata.IsSome
                Assert.False unconfirmed.IsTransient
                Assert.Equal(504, unconfirmed.Code)
            | other -> failwith $"expected CreationUnconfirmed, got {other}"
        }

    [<Theory>]
    [<InlineData("""{"ticket":"T-3"}""")>]
    [<InlineData(null)>]
    member _.``CreationUnconfirmed converts to the C# case and back with its data``(metadata: string | null) =
        let error = CreationUnconfirmed("the answer timed out", Option.ofObj metadata)

        let csharp = GladiaError.toPreRecordedError error

        match csharp with
        | :? PreRecordedError.CreationUnconfirmed as unconfirmed ->
            Assert.Equal("the answer timed out", unconfirmed.Reason)
            Assert.Equal(Option.ofObj metadata, Option.ofLanguageExt unconfirmed.CustomMetadata)
        | other -> failwith $"expected the C# CreationUnconfirmed, got {other}"

        Assert.Equal(error, GladiaError.ofPreRecordedError csharp)
