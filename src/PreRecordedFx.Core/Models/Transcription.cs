using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>The transcript of a done job (<c>result.transcription</c>).</summary>
public sealed record Transcription : IJsonOnDeserialized
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
        Languages = ValueList<string>.From(languages);
        Utterances = ValueList<Utterance>.From(utterances);
        Sentences = ValueList<AddOnResult>.From(sentences);
        Subtitles = ValueList<Subtitle>.From(subtitles);
    }

    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal Transcription()
        : this(null!, ValueList<string>.Unread, ValueList<Utterance>.Unread)
    {
    }

    /// <summary>The whole text.</summary>
    [JsonInclude]
    public string FullTranscript { get; internal set; }

    /// <summary>The detected languages, most spoken first.</summary>
    [JsonInclude]
    public IReadOnlyList<string> Languages { get; internal set => field = ValueList<string>.Adopt(value); }

    /// <summary>The sentences add-on results; empty when not asked for.</summary>
    [AllowNull]
    [JsonInclude]
    public IReadOnlyList<AddOnResult> Sentences { get; internal set => field = ValueList<AddOnResult>.Adopt(value); }

    /// <summary>The subtitles, one per format; empty when not asked for.</summary>
    [AllowNull]
    [JsonInclude]
    public IReadOnlyList<Subtitle> Subtitles { get; internal set => field = ValueList<Subtitle>.Adopt(value); }

    // Last, as on the wire (the reference's TranscriptionDTO): members are written in declaration order.
    /// <summary>The speech segments, in time order.</summary>
    [JsonInclude]
    public IReadOnlyList<Utterance> Utterances { get; internal set => field = ValueList<Utterance>.Adopt(value); }

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(FullTranscript is not null, "transcription", "full_transcript");
        RequiredMembers.Check(RequiredMembers.WasRead(Languages), "transcription", "languages");
        RequiredMembers.Check(RequiredMembers.WasRead(Utterances), "transcription", "utterances");
    }
}
