/// The F# companion on its own: conversions, the error union, and walking async sequences.
module PreRecordedFx.FSharp.Tests.CompanionTests

open System
open System.Linq
open System.Threading.Tasks
open Xunit
open PreRecordedFx
open PreRecordedFx.FSharp

let private detail =
    {
        Message = "Too many requests"
        RequestId = Some "G-821fe9df"
        CallId = None
        ValidationErrors = [ "limit must not be less than 1" ]
    }

/// One error of each case, with data in every field.
let private everyCase =
    [
        InvalidArgument("jobId", "must not be empty")
        Unauthorized detail
        NotFound detail
        NotDeletable detail
        RateLimited(Some(TimeSpan.FromSeconds 2.5), detail)
        ServiceError(503, detail)
        MalformedResponse(200, "unexpected end of JSON", "{\"id\":")
        TransportFailure "connection refused"
        Timeout("get", TimeSpan.FromMilliseconds 50.0)
        DestinationFailure("/data/a.wav", "No space left on device")
        CreationUnconfirmed("the connection was reset", Some "{\"userId\":\"u-42\"}")
        CreationUnconfirmed("timeout", None)
    ]

let private right value =
    LanguageExt.Either<PreRecordedError, 'T>.Right value

let private left (error: PreRecordedError) =
    LanguageExt.Either<PreRecordedError, 'T>.Left error

[<Fact>]
let ``a LanguageExt Some becomes an F# Some`` () =
    Assert.Equal(Some 42, LanguageExt.Option<int>.Some 42 |> Option.ofLanguageExt)

[<Fact>]
let ``a LanguageExt None becomes an F# None`` () =
    Assert.Equal(None, LanguageExt.Option<int>.None |> Option.ofLanguageExt)

[<Fact>]
let ``every error case survives the trip to C# and back`` () =
    let roundTripped =
        everyCase
        |> List.map (GladiaError.toPreRecordedError >> GladiaError.ofPreRecordedError)

    Assert.Equal<GladiaError list>(everyCase, roundTripped)

[<Fact>]
let ``each F# case maps to its own C# case`` () =
    let codes = everyCase |> List.map (fun e -> (GladiaError.toPreRecordedError e).Code)

    Assert.Equal<int list>([ 400; 401; 404; 403; 429; 503; 502; 503; 504; 507; 504; 504 ], codes)

[<Fact>]
let ``a C# error brings its data into the F# case`` () =
    let csharp =
        PreRecordedError.RateLimited(
            LanguageExt.Option<TimeSpan>.Some(TimeSpan.FromSeconds 7.0),
            ServiceDetail(
                "Too many requests",
                LanguageExt.Option<string>.Some "G-1",
                LanguageExt.Option<string>.None,
                [||]
            )
        )

    let expected =
        RateLimited(
            Some(TimeSpan.FromSeconds 7.0),
            {
                Message = "Too many requests"
                RequestId = Some "G-1"
                CallId = None
                ValidationErrors = []
            }
        )

    Assert.Equal(expected, GladiaError.ofPreRecordedError csharp)

[<Fact>]
let ``message, code and transience are the C# error's`` () =
    let described (e: GladiaError) = e.Message, e.Code, e.IsTransient

    let fromCSharp (e: GladiaError) =
        let csharp = GladiaError.toPreRecordedError e
        csharp.Message, csharp.Code, csharp.IsTransient

    Assert.Equal<(string * int * bool) list>(everyCase |> List.map fromCSharp, everyCase |> List.map described)

[<Fact>]
let ``a Right becomes Ok`` () =
    Assert.Equal(Ok "job-1", right "job-1" |> GladiaResult.ofEither)

[<Fact>]
let ``a Left becomes Error with the F# case`` () =
    let result: GladiaResult<string> =
        left (PreRecordedError.TransportFailure "reset") |> GladiaResult.ofEither

    Assert.Equal(Error(TransportFailure "reset"), result)

[<Fact>]
let ``a pending Either becomes a pending Result`` () =
    task {
        let! result = Task.FromResult(right 7) |> GladiaResult.ofTask
        Assert.Equal(Ok 7, result)
    }

/// A sequence whose pulls are counted, to show what the walk fetches.
let private counted (items: LanguageExt.Either<PreRecordedError, int> list) =
    let pulled = ref 0

    let source =
        seq {
            for item in items do
                pulled.Value <- pulled.Value + 1
                yield item
        }

    source.ToAsyncEnumerable(), (fun () -> pulled.Value)

[<Fact>]
let ``collect gives every value in order`` () =
    task {
        let source, _ = counted [ right 1; right 2; right 3 ]
        let! collected = GladiaResult.collect source
        Assert.Equal(Ok [ 1; 2; 3 ], collected)
    }

[<Fact>]
let ``collect stops at the first error and pulls nothing after it`` () =
    task {
        let source, pulled =
            counted [ right 1; left (PreRecordedError.TransportFailure "reset"); right 3 ]

        let! collected = GladiaResult.collect source
        Assert.Equal(Error(TransportFailure "reset"), collected)
        Assert.Equal(2, pulled ())
    }

[<Fact>]
let ``a walk that stops at an error releases the sequence`` () =
    task {
        let released = ref false

        let items =
            seq {
                try
                    yield left (PreRecordedError.TransportFailure "reset")
                    yield right 2
                finally
                    released.Value <- true
            }

        let! _ = items.ToAsyncEnumerable() |> GladiaResult.collect
        Assert.True(released.Value, "the enumerator was disposed")
    }

[<Fact>]
let ``fold combines the values with the state`` () =
    task {
        let source, _ = counted [ right 1; right 2; right 3 ]
        let! total = source |> GladiaResult.fold (+) 10
        Assert.Equal(Ok 16, total)
    }

[<Fact>]
let ``an empty sequence folds to the initial state`` () =
    task {
        let source, _ = counted []
        let! total = source |> GladiaResult.fold (+) 10
        Assert.Equal(Ok 10, total)
    }
