/// Deleting jobs, from F#. Each test has its own mock: deleting changes the store.
module PreRecordedFx.FSharp.Tests.DeleteTests

open System
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.FSharp.Tests.Mock

[<Fact>]
let ``a deleted job is NotFound afterwards`` () =
    task {
        use mock = start (defaults ())
        use client = mock.Client()
        let jobs = client.PreRecorded()
        let! all = all client (JobQuery.Default.WithLimit 100)
        let job = all |> List.find (fun j -> j.Status = JobStatus.Done)

        let! deleted = jobs.DeleteAsync job.Id |> GladiaResult.ofTask
        let! after = jobs.GetAsync job.Id |> GladiaResult.ofTask

        Assert.True(Result.isOk deleted, $"delete failed: {deleted}")

        match after with
        | Error(NotFound detail) -> Assert.NotEmpty detail.Message
        | other -> failwith $"expected NotFound, got {other}"
    }

[<Fact>]
let ``a queued job is NotDeletable and stays`` () =
    task {
        use mock = start (defaults ())
        use client = mock.Client()
        let jobs = client.PreRecorded()
        let! all = all client (JobQuery.Default.WithLimit 100)
        let queued = all |> List.find (fun j -> j.Status = JobStatus.Queued)

        let! deleted = jobs.DeleteAsync queued.Id |> GladiaResult.ofTask
        let! still = jobs.GetAsync queued.Id |> GladiaResult.ofTask

        match deleted with
        | Error(NotDeletable _ as error) -> Assert.Equal(403, error.Code)
        | other -> failwith $"expected NotDeletable, got {other}"

        Assert.Equal(Ok queued.Id, still |> Result.map _.Id)
    }
