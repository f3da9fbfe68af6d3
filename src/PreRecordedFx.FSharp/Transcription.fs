namespace PreRecordedFx.FSharp

open System.Collections.Generic
open PreRecordedFx

/// <summary>
/// What F# lacks to build a <c>PreRecordedFx.TranscriptionRequest</c>; the rest needs no help. F# sets its
/// init-only properties in the constructor call, and converts <c>2</c> to <c>Nullable&lt;int&gt;</c> and a list to
/// <c>IReadOnlyList</c> there (an <c>int option</c> goes through <c>Option.toNullable</c>). The calls themselves are
/// the client's, adapted by <c>GladiaResult.ofTask</c>.
/// </summary>
/// <example><code>
/// let request =
///     TranscriptionRequest(
///         Diarization = DiarizationSettings(MaxSpeakers = 2),
///         CustomSpelling = Transcription.spelling [ "SQL", [ "Sequel" ] ]
///     )
///     |> Transcription.withMetadata [ "userId", "u-42" ]
///
/// jobs.TranscribeFileAsync("call.wav", request) |> GladiaResult.ofTask
/// </code></example>
[<RequireQualifiedAccess>]
module Transcription =

    /// <summary>The request with these strings added to its <c>custom_metadata</c>, in order (a later key wins).</summary>
    /// <param name="pairs">Keys and values, e.g. <c>[ "userId", "u-42" ]</c>: what finds the job again by
    /// <c>JobQuery.WithCustomMetadata</c>, also after a <c>CreationUnconfirmed</c>.</param>
    /// <param name="request">The request.</param>
    /// <returns>A new request; the given one is unchanged.</returns>
    let withMetadata (pairs: (string * string) seq) (request: TranscriptionRequest) : TranscriptionRequest =
        pairs
        |> Seq.fold (fun (current: TranscriptionRequest) (key, value) -> current.WithMetadata(key, value)) request

    /// <summary>
    /// The request with options sent as given, by wire name, each with its JSON text: options Gladia documents that
    /// this library does not model yet.
    /// </summary>
    /// <param name="options">Names and JSON values, e.g. <c>[ "display_mode", "true" ]</c>.</param>
    /// <param name="request">The request.</param>
    /// <returns>A new request; the given one is unchanged.</returns>
    let withOptions (options: (string * string) seq) (request: TranscriptionRequest) : TranscriptionRequest =
        options
        |> Seq.fold (fun (current: TranscriptionRequest) (name, json) -> current.WithOption(name, json)) request

    /// <summary>Custom spelling's settings from F# lists: each spelling with what it replaces.</summary>
    /// <param name="spellings">E.g. <c>[ "SQL", [ "Sequel"; "sequel" ] ]</c>.</param>
    /// <returns>The settings, for <c>TranscriptionRequest(CustomSpelling = …)</c>; emptiness is refused at creation.</returns>
    let spelling (spellings: (string * string list) list) : CustomSpellingSettings =
        let dictionary = Dictionary<string, IReadOnlyList<string>>()

        for spelling, replaced in spellings do
            dictionary[spelling] <- replaced

        CustomSpellingSettings dictionary
