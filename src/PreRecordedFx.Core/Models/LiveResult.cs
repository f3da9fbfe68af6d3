using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A live session's result once it is done (Gladia's <c>StreamingTranscriptionResultWithMessagesDTO</c>): the
/// transcription and the add-ons a live session can have, read as a <see cref="JobResult"/>'s, and the real-time
/// messages the server sent. The add-ons only pre-recorded jobs have (moderation, audio to LLM, …) stay <c>None</c>.
/// </summary>
/// <param name="Metadata">The audio's duration, channels and billing figures.</param>
/// <param name="Transcription">The full transcript and its utterances.</param>
/// <param name="Translation">The translation, when enabled.</param>
/// <param name="Summarization">The summary, when enabled.</param>
/// <param name="NamedEntityRecognition">The detected entities, when enabled.</param>
/// <param name="SentimentAnalysis">The sentiment analysis, when enabled.</param>
/// <param name="Chapterization">The chapters, when enabled.</param>
/// <param name="Messages">The real-time messages sent during the session, each as its JSON text.</param>
public sealed record LiveResult(
    ResultMetadata Metadata,
    Option<Transcription> Transcription = default,
    Option<AddOnResult> Translation = default,
    Option<AddOnResult> Summarization = default,
    Option<AddOnResult> NamedEntityRecognition = default,
    Option<AddOnResult> SentimentAnalysis = default,
    Option<AddOnResult> Chapterization = default,
    Option<IReadOnlyList<string>> Messages = default)
    : JobResult(
        Metadata,
        Transcription,
        Translation,
        Summarization,
        NamedEntityRecognition: NamedEntityRecognition,
        SentimentAnalysis: SentimentAnalysis,
        Chapterization: Chapterization)
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal LiveResult()
        : this(Metadata: null!)
    {
    }

    /// <summary>The real-time messages sent during the session, each as its JSON text.</summary>
    [JsonIgnore]
    public Option<IReadOnlyList<string>> Messages => Prelude.Optional(WireMessages);

    [JsonInclude]
    [JsonPropertyName("messages")]
    internal IReadOnlyList<string>? WireMessages { get; set; } = Messages.OrNull();
}
