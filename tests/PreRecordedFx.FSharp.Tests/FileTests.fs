/// Downloading a job's audio in its three forms, from F#.
namespace PreRecordedFx.FSharp.Tests

open System
open System.IO
open System.Text
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.FSharp.Tests.Mock

type FileTests(shared: SharedMock) =
    /// A job whose audio is under two minutes, so the download is small.
    let shortAudio () =
        shared.Jobs
        |> List.find (fun job ->
            job.File
            |> Option.ofLanguageExt
            |> Option.bind (fun file -> Option.ofLanguageExt file.AudioDuration)
            |> Option.exists (fun seconds -> seconds < 120.0))

    let bytesOf (client: GladiaClient) jobId =
        task {
            let! bytes = client.PreRecorded().GetFileAsync jobId |> GladiaResult.ofTask
            return ok bytes
        }

    interface IClassFixture<SharedMock>

    [<Fact>]
    member _.``a download into a full disk is a DestinationFailure naming the file, not a transient failure``() =
        task {
            use client = shared.Mock.Client()
            use full = new FileStream("/dev/full", FileMode.Open, FileAccess.Write)

            let! result =
                client.PreRecorded().DownloadFileAsync((shortAudio ()).Id, full)
                |> GladiaResult.ofTask

            match result with
            | Error(DestinationFailure(destination, reason) as error) ->
                Assert.Equal("/dev/full", destination)
                Assert.Contains("No space left on device", reason)
                Assert.False error.IsTransient
            | other -> failwith $"expected DestinationFailure, got {other}"
        }

    [<Fact>]
    member _.``GetFileAsync gives the audio as WAV bytes``() =
        task {
            use client = shared.Mock.Client()

            let! bytes = bytesOf client (shortAudio ()).Id

            Assert.Equal("RIFF", Encoding.ASCII.GetString(bytes, 0, 4))
        }

    [<Fact>]
    member _.``OpenFileAsync streams the same bytes and says what they are``() =
        task {
            use client = shared.Mock.Client()
            let job = shortAudio ()
            let! expected = bytesOf client job.Id

            let! opened = client.PreRecorded().OpenFileAsync job.Id |> GladiaResult.ofTask
            use audio = ok opened
            use copy = new MemoryStream()
            do! audio.Content.CopyToAsync copy

            Assert.Equal<byte[]>(expected, copy.ToArray())
            Assert.StartsWith("audio/", audio.Info.ContentType)
            Assert.Equal(Some expected.LongLength, Option.ofLanguageExt audio.Info.ContentLength)
        }

    [<Fact>]
    member _.``DownloadFileAsync writes into the caller's stream, leaves it open and counts the bytes``() =
        task {
            use client = shared.Mock.Client()
            let job = shortAudio ()
            let! expected = bytesOf client job.Id
            use destination = new MemoryStream()

            let! written =
                client.PreRecorded().DownloadFileAsync(job.Id, destination)
                |> GladiaResult.ofTask

            Assert.Equal(Ok expected.LongLength, written)
            Assert.Equal<byte[]>(expected, destination.ToArray())
            Assert.True destination.CanWrite
        }

    [<Fact>]
    member _.``DownloadFileToPathAsync writes the file and reports progress to the end``() =
        task {
            use client = shared.Mock.Client()
            let job = shortAudio ()
            let! expected = bytesOf client job.Id
            let folder = Directory.CreateTempSubdirectory("prfx-fsharp-").FullName
            let path = Path.Combine(folder, "audio.wav")
            let reports = ResizeArray<DownloadProgress>()

            let progress =
                { new IProgress<DownloadProgress> with
                    member _.Report value = reports.Add value
                }

            try
                let! written =
                    client.PreRecorded().DownloadFileToPathAsync(job.Id, path, progress)
                    |> GladiaResult.ofTask

                Assert.Equal(Ok expected.LongLength, written)
                Assert.Equal<byte[]>(expected, File.ReadAllBytes path)
                Assert.Equal(expected.LongLength, (Seq.last reports).BytesReceived)
                Assert.Equal<string[]>([| path |], Directory.GetFiles folder)
            finally
                Directory.Delete(folder, true)
        }
