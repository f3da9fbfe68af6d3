/// Live sessions from F#: the same calls and companion functions as for pre-recorded jobs.
module PreRecordedFx.FSharp.Tests.LiveTests

open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp
open PreRecordedFx.FSharp.Tests.Mock

[<Fact>]
let ``live sessions are walked, read and their messages reached as F# values`` () =
    task {
        use mock = start (defaults ())
        use client = mock.Client()

        let! sessions =
            client.Live().ListAllAsync(JobQuery.Default.WithLimit 8) |> GladiaResult.collect

        match sessions with
        | Ok sessions ->
            Assert.Equal(20, sessions.Length)
            let finished = sessions |> List.find (fun s -> s.Status = JobStatus.Done)
            let! session = client.Live().GetAsync finished.Id |> GladiaResult.ofTask

            let messages =
                session
                |> Result.map (fun s ->
                    s.Result
                    |> Option.ofLanguageExt
                    |> Option.map (fun r -> r.Messages.Count)
                    |> Option.defaultValue 0)

            match messages with
            | Ok count -> Assert.True(count > 0, "a done session has its real-time messages")
            | Error error -> failwith $"expected the session, got {error}"

            Assert.Equal("live", finished.Kind)
        | Error error -> failwith $"expected sessions, got {error}"
    }

[<Fact>]
let ``one function serves both kinds through JobsApi`` () =
    task {
        use mock = start (defaults ())
        use client = mock.Client()
        let both: JobsApi list = [ client.PreRecorded(); client.Live() ]

        let count (jobs: JobsApi) =
            jobs.ListAllEnvelopesAsync(JobQuery.Default.WithLimit 100)
            |> GladiaResult.fold (fun (n: int) (_: JobEnvelope) -> n + 1) 0

        let! counts = both |> List.map count |> System.Threading.Tasks.Task.WhenAll

        Assert.Equal<GladiaResult<int>>([| Ok 45; Ok 20 |], counts)
    }
