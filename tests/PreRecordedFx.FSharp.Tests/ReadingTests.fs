/// Getting and listing jobs, from F#, against one shared read-only mock.
namespace PreRecordedFx.FSharp.Tests

open System
open System.Linq
open System.Net.Http
open System.Threading
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.FSharp.Tests.Mock

/// Counts the requests that pass through to the mock.
type Recorder(inner: HttpMessageHandler) =
    inherit DelegatingHandler(inner)
    let mutable count = 0

    member _.Count = count

    override _.SendAsync(request, cancellationToken) =
        Interlocked.Increment(&count) |> ignore
        base.SendAsync(request, cancellationToken)

type ReadingTests(shared: SharedMock) =
    let ids (jobs: Job seq) = jobs |> Seq.map _.Id |> List.ofSeq

    let dayOf (job: Job) =
        DateOnly.FromDateTime job.CreatedAt.UtcDateTime

    let listAll (query: JobQuery) =
        task {
            use client = shared.Mock.Client()
            return! all client (query.WithLimit 10)
        }

    // Outside the tests' task blocks: a recursive function inside one cannot be compiled as a state machine.
    let rec pageSizes (jobs: PreRecordedJobs) (page: JobPage) sizes =
        task {
            let! next = jobs.NextPageAsync page |> GladiaResult.ofTask

            match next |> Result.map Option.ofLanguageExt with
            | Ok(Some following) -> return! pageSizes jobs following (following.Items.Count :: sizes)
            | Ok None -> return List.rev sizes
            | Error error -> return failwith $"expected a page, got {error}"
        }

    interface IClassFixture<SharedMock>

    [<Fact>]
    member _.``ListAllAsync walks every page and yields each job once``() =
        Assert.Equal(45, shared.Jobs.Length)
        Assert.Equal(45, shared.Jobs |> List.distinctBy _.Id |> List.length)

    [<Fact>]
    member _.``GetAsync returns the job the list showed``() =
        task {
            use client = shared.Mock.Client()
            let listed = shared.Jobs[3]

            let! job = client.PreRecorded().GetAsync listed.Id |> GladiaResult.ofTask

            Assert.Equal(Ok(listed.Id, listed.Status), job |> Result.map (fun j -> j.Id, j.Status))
        }

    [<Fact>]
    member _.``offset and limit page through the newest first order``() =
        task {
            use client = shared.Mock.Client()

            let! page =
                client.PreRecorded().ListAsync(JobQuery.Default.WithOffset(5).WithLimit(7))
                |> GladiaResult.ofTask

            Assert.Equal<string list>(shared.Jobs |> List.skip 5 |> List.take 7 |> ids, ok page |> _.Items |> ids)
        }

    [<Theory>]
    [<InlineData("done")>]
    [<InlineData("error")>]
    [<InlineData("queued")>]
    member _.``the status filter keeps only that status``(status: string) =
        task {
            let! found = listAll (JobQuery.Default.WithStatus(JobStatus status))

            let expected = shared.Jobs |> List.filter (fun j -> j.Status.Value = status) |> ids
            Assert.NotEmpty expected
            Assert.Equal<string list>(expected, ids found)
        }

    [<Fact>]
    member _.``several statuses keep jobs in any of them``() =
        task {
            let! found = listAll (JobQuery.Default.WithStatus(JobStatus.Done, JobStatus.Error))

            let expected =
                shared.Jobs
                |> List.filter (fun j -> j.Status = JobStatus.Done || j.Status = JobStatus.Error)
                |> ids

            Assert.Equal<string list>(expected, ids found)
        }

    [<Fact>]
    member _.``the date filter keeps one UTC day``() =
        task {
            let day = dayOf shared.Jobs[10]

            let! found = listAll (JobQuery.Default.WithDate day)

            Assert.Equal<string list>(shared.Jobs |> List.filter (fun j -> dayOf j = day) |> ids, ids found)
        }

    [<Fact>]
    member _.``before and after dates keep the jobs strictly between``() =
        task {
            let after = shared.Jobs[30].CreatedAt
            let before = shared.Jobs[5].CreatedAt

            let! found = listAll (JobQuery.Default.WithAfterDate(after).WithBeforeDate(before))

            let expected =
                shared.Jobs
                |> List.filter (fun j -> j.CreatedAt > after && j.CreatedAt < before)
                |> ids

            Assert.NotEmpty found
            Assert.Equal<string list>(expected, ids found)
        }

    [<Fact>]
    member _.``the custom metadata filter keeps the jobs carrying the pair``() =
        task {
            let metadataOf (job: Job) =
                job.CustomMetadata
                |> Option.ofLanguageExt
                |> Option.map (Seq.map (fun pair -> pair.Key, string pair.Value) >> List.ofSeq)
                |> Option.defaultValue []

            let key, value = shared.Jobs |> List.collect metadataOf |> List.head

            let! found = listAll (JobQuery.Default.WithCustomMetadata(key, value))

            let expected =
                shared.Jobs |> List.filter (metadataOf >> List.contains (key, value)) |> ids

            Assert.NotEmpty expected
            Assert.Equal<string list>(expected, ids found)
        }

    [<Fact>]
    member _.``NextPageAsync follows the links to the last page, then gives None``() =
        task {
            use client = shared.Mock.Client()
            let jobs = client.PreRecorded()
            let! first = jobs.ListAsync(JobQuery.Default.WithLimit 20) |> GladiaResult.ofTask

            let! sizes = pageSizes jobs (ok first) [ (ok first).Items.Count ]

            Assert.Equal<int list>([ 20; 20; 5 ], sizes)
        }

    [<Fact>]
    member _.``ListAllAsync is lazy: taking three jobs fetches two pages of two``() =
        task {
            use recorder = new Recorder(shared.Mock.CreateHandler())
            use client = shared.Mock.Client(shared.Mock.ClientOptions(), recorder)

            let! firstThree =
                client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit 2).Take(3)
                |> GladiaResult.collect

            Assert.Equal<string list>(shared.Jobs |> List.take 3 |> ids, ok firstThree |> ids)
            Assert.Equal(2, recorder.Count)
        }
