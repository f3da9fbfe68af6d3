module PreRecordedFx.FSharp.Tests.CoreTests

open System
open Xunit
open PreRecordedFx

[<Fact>]
let ``a list query builds the documented query string`` () =
    let query =
        JobQuery.Default.WithLimit(5).WithStatus(JobStatus.Done, JobStatus.Error).WithCustomMetadata("user", "John Doe")

    let target =
        Requests.ListJobs(query).Match(Right = (fun r -> r.PathAndQuery), Left = (fun e -> e.Message))

    Assert.Equal(
        "/v2/pre-recorded?offset=0&limit=5&status=done&status=error&custom_metadata%5Buser%5D=John%20Doe",
        target
    )

[<Fact>]
let ``an empty id is an invalid argument`` () =
    let outcome =
        Requests
            .GetJob("")
            .Match(
                Right = (fun _ -> "sent"),
                Left =
                    (fun e ->
                        e.Match(
                            (fun a -> a.Parameter),
                            (fun _ -> "401"),
                            (fun _ -> "404"),
                            (fun _ -> "403"),
                            (fun _ -> "429"),
                            (fun _ -> "5xx"),
                            (fun _ -> "bad"),
                            (fun _ -> "net"),
                            (fun _ -> "timeout"),
                            (fun _ -> "local"),
                            (fun _ -> "unconfirmed")
                        ))
            )

    Assert.Equal("jobId", outcome)
