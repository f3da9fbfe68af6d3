using System.Collections.Immutable;

namespace PreRecordedFx;

/// <summary>
/// What to transcribe and how: Gladia's <c>InitTranscriptionRequest</c> (<c>POST /v2/pre-recorded</c>) as an
/// immutable value. Each feature is one property holding its settings, so its switch and its config travel together
/// (<c>Diarization = new() { MaxSpeakers = 2 }</c> sends <c>"diarization": true</c> and its
/// <c>diarization_config</c>); <c>null</c> leaves the feature off. Nothing is checked here:
/// <see cref="Requests.CreateJob"/> checks the whole request and names every problem before anything is sent.
/// </summary>
/// <example><code>
/// var request = new TranscriptionRequest("https://example.com/call.wav")
/// {
///     Language = new() { Languages = ["en"] },
///     Diarization = new() { MaxSpeakers = 2 },
///     Callback = new("https://example.com/gladia?token=s3cret"),
/// }.WithMetadata("userId", "u-42");
/// </code></example>
public sealed record TranscriptionRequest
{
    /// <summary>A request without its audio yet: for <c>TranscribeFileAsync</c>, which uploads the file and fills <see cref="AudioUrl"/> in.</summary>
    public TranscriptionRequest()
    {
    }

    /// <summary>A request for audio already online.</summary>
    /// <param name="audioUrl">The audio to transcribe: an absolute http(s) URL, or the <c>audio_url</c> an upload returned.</param>
    public TranscriptionRequest(string audioUrl) => AudioUrl = audioUrl;

    /// <summary>The audio to transcribe (<c>audio_url</c>), required by <see cref="Requests.CreateJob"/>.</summary>
    public string? AudioUrl { get; init; }

    /// <summary>The language(s) spoken (<c>language_config</c>); by default Gladia detects it.</summary>
    public LanguageSettings? Language { get; init; }

    /// <summary>Who speaks when (<c>diarization</c> and <c>diarization_config</c>).</summary>
    public DiarizationSettings? Diarization { get; init; }

    /// <summary>Subtitles in the result (<c>subtitles</c> and <c>subtitles_config</c>).</summary>
    public SubtitlesSettings? Subtitles { get; init; }

    /// <summary>Translations of the transcript (<c>translation</c> and <c>translation_config</c>).</summary>
    public TranslationSettings? Translation { get; init; }

    /// <summary>A summary (<c>summarization</c> and <c>summarization_config</c>).</summary>
    public SummarizationSettings? Summarization { get; init; }

    /// <summary>Words the model should expect (<c>custom_vocabulary</c> and <c>custom_vocabulary_config</c>).</summary>
    public CustomVocabularySettings? CustomVocabulary { get; init; }

    /// <summary>Spellings to apply (<c>custom_spelling</c> and <c>custom_spelling_config</c>).</summary>
    public CustomSpellingSettings? CustomSpelling { get; init; }

    /// <summary>Prompts run over the transcript (<c>audio_to_llm</c> and <c>audio_to_llm_config</c>).</summary>
    public AudioToLlmSettings? AudioToLlm { get; init; }

    /// <summary>Personal data redacted from the transcript (<c>pii_redaction</c> and <c>pii_redaction_config</c>).</summary>
    public PiiRedactionSettings? PiiRedaction { get; init; }

    /// <summary>Where Gladia sends the result when the job ends (<c>callback</c> and <c>callback_config</c>).</summary>
    public CallbackSettings? Callback { get; init; }

    /// <summary>Sentences in the result (<c>sentences</c>).</summary>
    public bool Sentences { get; init; }

    /// <summary>Named entities in the result (<c>named_entity_recognition</c>).</summary>
    public bool NamedEntityRecognition { get; init; }

    /// <summary>Sentiment analysis in the result (<c>sentiment_analysis</c>).</summary>
    public bool SentimentAnalysis { get; init; }

    /// <summary>Enhanced punctuation (<c>punctuation_enhanced</c>).</summary>
    public bool PunctuationEnhanced { get; init; }

    /// <summary>
    /// Your own data kept with the job (<c>custom_metadata</c>): the JSON text of an object, e.g.
    /// <c>{"userId":"u-42"}</c>. Jobs can be listed by it (<see cref="JobQuery.WithCustomMetadata"/>), which is also how a
    /// job whose creation went unconfirmed is found (<see cref="PreRecordedError.CreationUnconfirmed"/>).
    /// </summary>
    public string? CustomMetadata { get; init; }

    /// <summary>The model, e.g. <c>solaria-1</c> (Gladia's default when <c>null</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Options this library does not know yet, by wire name, each with its JSON text (see <see cref="WithOption"/>).</summary>
    public ImmutableSortedDictionary<string, string> ExtraOptions { get; init; } = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>This request with one more string in <see cref="CustomMetadata"/> (an object is started when there is none).</summary>
    /// <param name="key">The member's name.</param>
    /// <param name="value">Its value.</param>
    /// <returns>The new request; a <see cref="CustomMetadata"/> that is not a JSON object is left for <see cref="Requests.CreateJob"/> to refuse.</returns>
    public TranscriptionRequest WithMetadata(string key, string value) =>
        this with { CustomMetadata = TranscriptionBody.AddMetadata(CustomMetadata, key, value) };

    /// <summary>
    /// This request with an option sent as given, by its wire name: one Gladia documents but this library does not model
    /// yet, e.g. <c>WithOption("display_mode", "true")</c>, or a modelled one this request leaves unset. A name the request
    /// already writes (a property that is set) is refused by <see cref="Requests.CreateJob"/>: it would be sent twice.
    /// </summary>
    /// <param name="name">The option's wire name.</param>
    /// <param name="json">Its value as JSON text.</param>
    /// <returns>The new request.</returns>
    public TranscriptionRequest WithOption(string name, string json) => this with { ExtraOptions = ExtraOptions.SetItem(name, json) };
}
