/// Each error case, matched from F#: the compiler checks the union is covered, so a test names the one it expects.
namespace PreRecordedFx.FSharp.Tests

open System
open System.Net.Http
open System.Threading.Tasks
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.MockServer
open PreRecordedFx.FSharp.Tests.Mock

/// A transport whose every request fails as a refused connection does.
type Unreachable() =
    inherit HttpMessageHandler()

    override _.SendAsync(_, _) =
        Task.FromException<HttpResponseMessage>(HttpRequestException "connection refused")

type ErrorTests(shared: SharedMock) =
    let noRetry () = RetryOptions(MaxRetries = 0)

    /// A mock with one fault turned on, and a client on it that does not retry.
    let withFault (configure: MockServerOptions -> unit) (call: PreRecordedJobs -> Task<GladiaResult<'T>>) =
        task {
            let options = defaults ()
            configure options
            use mock = start options
            let clientOptions = mock.ClientOptions()
            clientOptions.Retry <- noRetry ()
            clientOptions.GetTimeout <- TimeSpan.FromMilliseconds 50.0
            use client = mock.Client clientOptions
            return! call (client.PreRecorded())
        }

    let get jobId (jobs: PreRecordedJobs) =
        jobs.GetAsync jobId |> GladiaResult.ofTask

    let list query (jobs: PreRecordedJobs) =
        jobs.ListAsync query |> GladiaResult.ofTask

    interface IClassFixture<SharedMock>

    [<Theory>]
    [<InlineData("")>]
    [<InlineData("../v2/pre-recorded")>]
    [<InlineData("a job")>]
    member _.``a bad id is an InvalidArgument naming jobId``(jobId: string) =
        task {
            use client = shared.Mock.Client()

            let! result = client.PreRecorded() |> get jobId

            match error result with
            | InvalidArgument(parameter, _) -> Assert.Equal("jobId", parameter)
            | other -> failwith $"expected InvalidArgument, got {other}"
        }

    [<Fact>]
    member _.``a limit of 0 is an InvalidArgument naming limit``() =
        task {
            use client = shared.Mock.Client()

            let! result = client.PreRecorded() |> list (JobQuery.Default.WithLimit 0)

            match error result with
            | InvalidArgument(parameter, _) -> Assert.Equal("limit", parameter)
            | other -> failwith $"expected InvalidArgument, got {other}"
        }

    [<Fact>]
    member _.``a wrong key is Unauthorized``() =
        task {
            let options = shared.Mock.ClientOptions()
            options.ApiKey <- "wrong-key"
            use client = shared.Mock.Client options

            let! result = client.PreRecorded() |> get shared.Jobs[0].Id

            match error result with
            | Unauthorized detail -> Assert.True(detail.RequestId.IsSome, "Gladia's request id is kept")
            | other -> failwith $"expected Unauthorized, got {other}"
        }

    [<Fact>]
    member _.``an unknown id is NotFound``() =
        task {
            use client = shared.Mock.Client()

            let! result = client.PreRecorded() |> get "00000000-0000-0000-0000-000000000000"

            match error result with
            | NotFound _ as notFound -> Assert.Equal(404, notFound.Code)
            | other -> failwith $"expected NotFound, got {other}"
        }

    [<Fact>]
    member _.``past the rate limit the call is RateLimited with the service's Retry-After``() =
        task {
            let! result =
                withFault
                    (fun o ->
                        o.RateLimit <- 1
                        o.RateLimitWindowSeconds <- 1_000_000_000
                        o.RetryAfter <- 120)
                    (fun jobs ->
                        task {
                            let! _ = list JobQuery.Default jobs
                            return! list JobQuery.Default jobs
                        })

            match error result with
            | RateLimited(retryAfter, _) -> Assert.Equal(Some(TimeSpan.FromSeconds 120.0), retryAfter)
            | other -> failwith $"expected RateLimited, got {other}"
        }

    [<Fact>]
    member _.``a 5xx answer is a transient ServiceError with its status``() =
        task {
            let! result = withFault (fun o -> o.ErrorRate <- 1.0) (list JobQuery.Default)

            match error result with
            | ServiceError(status, _) as failure ->
                Assert.InRange(status, 500, 599)
                Assert.True(failure.IsTransient, "a 5xx may succeed later")
            | other -> failwith $"expected ServiceError, got {other}"
        }

    [<Fact>]
    member _.``a truncated body is a MalformedResponse``() =
        task {
            let! result = withFault (fun o -> o.TruncateRate <- 1.0) (list JobQuery.Default)

            match error result with
            | MalformedResponse(status, _, _) -> Assert.Equal(200, status)
            | other -> failwith $"expected MalformedResponse, got {other}"
        }

    [<Fact>]
    member _.``a transport that throws HttpRequestException is a TransportFailure``() =
        task {
            let options =
                GladiaClientOptions(ApiKey = "any-key", BaseUrl = Uri "http://gladia.invalid", Retry = noRetry ())

            use transport = new Unreachable()
            use client = new GladiaClient(options, transport)

            let! result = client.PreRecorded() |> get "3f2b9a4e-1c7d-4e5f-8a9b-0c1d2e3f4a5b"

            match error result with
            | TransportFailure reason -> Assert.Contains("connection refused", reason)
            | other -> failwith $"expected TransportFailure, got {other}"
        }

    [<Fact>]
    member _.``a call slower than its budget is a Timeout naming the operation and the budget``() =
        task {
            let! result =
                withFault (fun o -> o.LatencyMs <- 1000) (get "3f2b9a4e-1c7d-4e5f-8a9b-0c1d2e3f4a5b")

            match error result with
            | Timeout(operation, after) -> Assert.Equal(("get", TimeSpan.FromMilliseconds 50.0), (operation, after))
            | other -> failwith $"expected Timeout, got {other}"
        }
