/// The mock hosted in memory and clients on it, with no sockets.
module PreRecordedFx.FSharp.Tests.Mock

open System
open System.Net.Http
open System.Threading.Tasks
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.MockServer

/// 45 seeded jobs: three pages of 20, every status, quick to start.
let defaults () = MockServerOptions(Jobs = 45)

/// Retries that cost milliseconds, so fault tests stay fast.
let quickRetry () =
    RetryOptions(BaseDelay = TimeSpan.FromMilliseconds 1.0, MaxDelay = TimeSpan.FromMilliseconds 50.0)

/// The mock with these options, hosted in memory.
type MockServer(options: MockServerOptions) =
    let factory = new MockServerFactory(options)
    let handler = factory.Server.CreateHandler()

    /// A fresh in-memory handler on this mock, for tests that wrap or dispose their own.
    member _.CreateHandler() = factory.Server.CreateHandler()

    /// Options for a client of this mock: its key and address, quick retries. Change them before creating the client.
    member _.ClientOptions() =
        GladiaClientOptions(
            ApiKey = MockServerOptions.DefaultApiKey,
            BaseUrl = factory.Server.BaseAddress,
            Retry = quickRetry ()
        )

    /// A client with these options, through the mock's handler.
    member _.Client(clientOptions: GladiaClientOptions) =
        new GladiaClient(clientOptions, handler)

    /// A client with these options, through another handler (which must reach this mock).
    member _.Client(clientOptions: GladiaClientOptions, through: HttpMessageHandler) =
        new GladiaClient(clientOptions, through)

    /// A client with the default options of this mock.
    member this.Client() = this.Client(this.ClientOptions())

    interface IAsyncDisposable with
        member _.DisposeAsync() =
            handler.Dispose()
            factory.DisposeAsync()

/// Starts a mock with these options.
let start options = new MockServer(options)

/// The value of an Ok; fails the test on an Error.
let ok (result: GladiaResult<'T>) =
    match result with
    | Ok value -> value
    | Error error -> failwith $"expected Ok, got {error}"

/// The error of an Error; fails the test on an Ok.
let error (result: GladiaResult<'T>) =
    match result with
    | Ok value -> failwith $"expected an error, got Ok {value}"
    | Error error -> error

/// Every job of the query, through ListAllAsync, in order.
let all (client: GladiaClient) (query: JobQuery) =
    task {
        let! jobs = client.PreRecorded().ListAllAsync query |> GladiaResult.collect
        return ok jobs
    }

/// One read-only mock shared by the tests of a class, with every job it holds.
type SharedMock() =
    let mock = start (defaults ())
    let mutable jobs: Job list = []

    member _.Mock = mock

    /// The mock's jobs, newest first, as ListAllAsync gave them.
    member _.Jobs = jobs

    interface IAsyncLifetime with
        member _.InitializeAsync() =
            task {
                use client = mock.Client()
                let! found = all client (JobQuery.Default.WithLimit 100)
                jobs <- found
            }

        member _.DisposeAsync() =
            (mock :> IAsyncDisposable).DisposeAsync().AsTask()
