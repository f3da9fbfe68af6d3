namespace PreRecordedFx.FSharp

/// <summary>
/// F#'s <c>Option</c> module, extended: the C# models carry optional fields as LanguageExt's <c>Option</c>, and
/// this turns them into F# options without <c>open LanguageExt</c> (which would shadow F#'s <c>Some</c> and
/// <c>None</c>). Every function of FSharp.Core's <c>Option</c> module stays available.
/// </summary>
[<RequireQualifiedAccess>]
module Option =

    /// <summary>The F# option holding the same value, if any.</summary>
    /// <param name="value">An optional field of a model, e.g. <c>job.CompletedAt</c>.</param>
    /// <returns><c>Some</c> of the value, or <c>None</c>.</returns>
    /// <example><code>
    /// let completed = job.CompletedAt |> Option.ofLanguageExt
    /// let seconds = job.File |> Option.ofLanguageExt |> Option.bind (fun f -> Option.ofLanguageExt f.AudioDuration)
    /// </code></example>
    let ofLanguageExt (value: LanguageExt.Option<'T>) : 'T option =
        // Not Match(Some, None): LanguageExt refuses a null result, and F# represents None as null at run time.
        value.Match(Some = (fun v -> ValueSome v), None = (fun () -> ValueNone))
        |> Option.ofValueOption
