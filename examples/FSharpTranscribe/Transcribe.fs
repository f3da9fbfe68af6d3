/// The docs' F# example (docs/fsharp.md), compiled here and in the F# tests, which run it against the mock.
module FSharpTranscribe.Transcribe

open System.IO
open PreRecordedFx
open PreRecordedFx.FSharp

// <readme>
/// Uploads the file, creates the job and waits for it: one Result, whichever step failed.
let transcribe (jobs: PreRecordedJobs) (path: string) =
    task {
        let request =
            TranscriptionRequest(
                Language = LanguageSettings(Languages = [ "en" ]),
                Diarization = DiarizationSettings(MaxSpeakers = 2),
                Subtitles = SubtitlesSettings(Formats = [ "srt"; "vtt" ])
            )
            // custom_metadata: how the job is found again if its creation goes unconfirmed.
            |> Transcription.withMetadata [ "source", FileInfo(path).Name ]

        match! jobs.TranscribeFileAsync(path, request) |> GladiaResult.ofTask with
        | Ok job when job.Status = JobStatus.Done -> return $"{job.Id} is done"
        | Ok job -> return $"{job.Id} ended {job.Status}"
        | Error(CreationUnconfirmed(_, Some metadata)) -> return $"a job may exist: list jobs by {metadata} first"
        | Error error -> return $"not transcribed: {error.Message}"
    }
// </readme>
