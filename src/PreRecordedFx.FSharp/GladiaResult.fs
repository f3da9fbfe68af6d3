namespace PreRecordedFx.FSharp

open System.Collections.Generic
open System.Threading
open System.Threading.Tasks
open PreRecordedFx

/// <summary>The outcome of a call as an F# <c>Result</c>: the value, or a <see cref="T:PreRecordedFx.FSharp.GladiaError"/>.</summary>
type GladiaResult<'T> = Result<'T, GladiaError>

/// <summary>
/// Turns the library's <c>Either&lt;PreRecordedError, T&gt;</c> results (pending or not, one or a sequence of
/// them) into F# <c>Result</c> values, so they work with <c>match</c>, <c>Result.map</c>, <c>Result.bind</c> and
/// pipelines.
/// </summary>
/// <example><code>
/// task {
///     match! client.PreRecorded().GetAsync jobId |> GladiaResult.ofTask with
///     | Ok job -> printfn $"{job.Id} is {job.Status}"
///     | Error(NotFound _) -> printfn "no such job"
///     | Error other -> printfn $"failed: {other.Message}"
/// }
/// </code></example>
[<RequireQualifiedAccess>]
module GladiaResult =

    /// <summary>The same outcome as an F# <c>Result</c>.</summary>
    /// <param name="either">A result of the library.</param>
    /// <returns><c>Ok</c> of the value, or <c>Error</c> of the error.</returns>
    let ofEither (either: LanguageExt.Either<PreRecordedError, 'T>) : GladiaResult<'T> =
        either.Match(Right = (fun value -> Ok value), Left = (fun error -> Error(GladiaError.ofPreRecordedError error)))

    /// <summary>Awaits a call of the library and gives its outcome as an F# <c>Result</c>.</summary>
    /// <param name="pending">A call, e.g. <c>jobs.GetAsync jobId</c>.</param>
    /// <returns>The outcome, once the call completes.</returns>
    let ofTask (pending: Task<LanguageExt.Either<PreRecordedError, 'T>>) : Task<GladiaResult<'T>> =
        task {
            let! either = pending
            return ofEither either
        }

    let private walk
        (folder: 'State -> 'T -> 'State)
        (state: 'State)
        (enumerator: IAsyncEnumerator<LanguageExt.Either<PreRecordedError, 'T>>)
        : Task<GladiaResult<'State>> =
        task {
            let mutable current = state
            let mutable failure = None
            let mutable going = true

            while going do
                let! moved = enumerator.MoveNextAsync()

                if not moved then
                    going <- false
                else
                    match ofEither enumerator.Current with
                    | Ok value -> current <- folder current value
                    | Error error ->
                        failure <- Some error
                        going <- false

            return
                match failure with
                | Some error -> Error error
                | None -> Ok current
        }

    /// <summary>
    /// Walks a sequence such as <c>ListAllAsync</c> in order, folding its values into a state, and stops at the
    /// first error. Pages are fetched as the walk needs them, so memory stays bounded by what the folder keeps.
    /// </summary>
    /// <param name="folder">Combines the state so far with the next value.</param>
    /// <param name="state">The initial state.</param>
    /// <param name="source">The sequence, e.g. <c>jobs.ListAllAsync(query, cancellationToken)</c>.</param>
    /// <returns>The final state, or the first error.</returns>
    /// <example><code>
    /// let! count =
    ///     jobs.ListAllAsync JobQuery.Default
    ///     |> GladiaResult.fold (fun count (_: Job) -> count + 1) 0
    /// </code></example>
    let fold
        (folder: 'State -> 'T -> 'State)
        (state: 'State)
        (source: IAsyncEnumerable<LanguageExt.Either<PreRecordedError, 'T>>)
        : Task<GladiaResult<'State>> =
        task {
            let enumerator = source.GetAsyncEnumerator CancellationToken.None
            let walked = walk folder state enumerator
            // Disposed by hand rather than with `use`: the FSharp.Core build F# Interactive loads has no
            // IAsyncDisposable support in task { }, and the enumerator must be disposed even when the walk throws.
            let! _ = Task.WhenAny walked
            do! enumerator.DisposeAsync()
            return! walked
        }

    /// <summary>Every value of a sequence such as <c>ListAllAsync</c>, in order, or its first error.</summary>
    /// <param name="source">The sequence, e.g. <c>jobs.ListAllAsync(JobQuery.Default.WithLimit 100)</c>.</param>
    /// <returns>The values, or the first error.</returns>
    let collect (source: IAsyncEnumerable<LanguageExt.Either<PreRecordedError, 'T>>) : Task<GladiaResult<'T list>> =
        task {
            let! reversed = fold (fun items item -> item :: items) [] source
            return Result.map List.rev reversed
        }
