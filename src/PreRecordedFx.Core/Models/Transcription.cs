namespace PreRecordedFx;

/// <summary>The transcript of a done job (<c>result.transcription</c>).</summary>
public sealed record Transcription
{
    /// <summary>Creates a transcription.</summary>
    /// <param name="fullTranscript">The whole text.</param>
    /// <param name="languages">The detected languages, most spoken first.</param>
    /// <param name="utterances">The speech segments, in time order.</param>
    /// <param name="sentences">The sentences add-on results, when asked for; otherwise empty.</param>
    /// <param name="subtitles">The subtitles, one per format asked for; otherwise empty.</param>
    public Transcription(
        string fullTranscript,
        IReadOnlyList<string> languages,
        IReadOnlyList<Utterance> utterances,
        IReadOnlyList<AddOnResult>? sentences = null,
        IReadOnlyList<Subtitle>? subtitles = null)
    {
        FullTranscript = fullTranscript;
        Languages = languages;
        Utterances = utterances;
        Sentences = sentences ?? [];
        Subtitles = subtitles ?? [];
    }

    /// <summary>The whole text.</summary>
    public string FullTranscript { get; }

    /// <summary>The detected languages, most spoken first.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The speech segments, in time order.</summary>
    public IReadOnlyList<Utterance> Utterances { get; }

    /// <summary>The sentences add-on results; empty when not asked for.</summary>
    public IReadOnlyList<AddOnResult> Sentences { get; }

    /// <summary>The subtitles, one per format; empty when not asked for.</summary>
    public IReadOnlyList<Subtitle> Subtitles { get; }
}
