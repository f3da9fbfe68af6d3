using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>What a done job produced: metadata, the transcription and any add-on results.</summary>
/// <param name="Metadata">Durations and billing.</param>
/// <param name="Transcription">The transcript, utterances, words, sentences and subtitles.</param>
/// <param name="Translation">The translation add-on.</param>
/// <param name="Summarization">The summary add-on (its results are a string).</param>
/// <param name="Moderation">The moderation add-on.</param>
/// <param name="NamedEntityRecognition">The named entity recognition add-on.</param>
/// <param name="NameConsistency">The name consistency add-on.</param>
/// <param name="StructuredDataExtraction">The structured data extraction add-on.</param>
/// <param name="SentimentAnalysis">The sentiment analysis add-on (production sends an array of objects).</param>
/// <param name="AudioToLlm">The audio-to-LLM add-on.</param>
/// <param name="Sentences">The sentences add-on.</param>
/// <param name="DisplayMode">The display mode add-on.</param>
/// <param name="Chapterization">The chapterization add-on.</param>
/// <param name="Diarization">The diarization add-on.</param>
public record JobResult(
    ResultMetadata Metadata,
    Option<Transcription> Transcription = default,
    Option<AddOnResult> Translation = default,
    Option<AddOnResult> Summarization = default,
    Option<AddOnResult> Moderation = default,
    Option<AddOnResult> NamedEntityRecognition = default,
    Option<AddOnResult> NameConsistency = default,
    Option<AddOnResult> StructuredDataExtraction = default,
    Option<AddOnResult> SentimentAnalysis = default,
    Option<AddOnResult> AudioToLlm = default,
    Option<AddOnResult> Sentences = default,
    Option<AddOnResult> DisplayMode = default,
    Option<AddOnResult> Chapterization = default,
    Option<AddOnResult> Diarization = default) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal JobResult()
        : this(Metadata: null!)
    {
    }

    /// <summary>Durations and billing.</summary>
    [JsonInclude]
    public ResultMetadata Metadata { get; internal set; } = Metadata;

    /// <summary>The transcript, utterances, words, sentences and subtitles.</summary>
    [JsonIgnore]
    public Option<Transcription> Transcription => Prelude.Optional(WireTranscription);

    [JsonInclude]
    [JsonPropertyName("transcription")]
    internal Transcription? WireTranscription { get; set; } = Transcription.OrNull();

    /// <summary>The add-ons this result carries, each with its wire name (<see cref="AddOnNames"/>), in declaration order.</summary>
    [JsonIgnore]
    public IReadOnlyList<(string Name, AddOnResult Result)> PresentAddOns =>
    [
        .. new (string Name, AddOnResult? Result)[]
        {
            (AddOnNames.Translation, WireTranslation), (AddOnNames.Summarization, WireSummarization),
            (AddOnNames.Moderation, WireModeration), (AddOnNames.NamedEntityRecognition, WireNamedEntityRecognition),
            (AddOnNames.NameConsistency, WireNameConsistency), (AddOnNames.StructuredDataExtraction, WireStructuredDataExtraction),
            (AddOnNames.SentimentAnalysis, WireSentimentAnalysis), (AddOnNames.AudioToLlm, WireAudioToLlm),
            (AddOnNames.Sentences, WireSentences), (AddOnNames.DisplayMode, WireDisplayMode),
            (AddOnNames.Chapterization, WireChapterization), (AddOnNames.Diarization, WireDiarization),
        }.Where(addOn => addOn.Result is not null).Select(addOn => (addOn.Name, addOn.Result!)),
    ];

    /// <summary>The translation add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Translation => Prelude.Optional(WireTranslation);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.Translation)]
    internal AddOnResult? WireTranslation { get; set; } = Translation.OrNull();

    /// <summary>The summary add-on (its results are a string).</summary>
    [JsonIgnore]
    public Option<AddOnResult> Summarization => Prelude.Optional(WireSummarization);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.Summarization)]
    internal AddOnResult? WireSummarization { get; set; } = Summarization.OrNull();

    /// <summary>The moderation add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Moderation => Prelude.Optional(WireModeration);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.Moderation)]
    internal AddOnResult? WireModeration { get; set; } = Moderation.OrNull();

    /// <summary>The named entity recognition add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> NamedEntityRecognition => Prelude.Optional(WireNamedEntityRecognition);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.NamedEntityRecognition)]
    internal AddOnResult? WireNamedEntityRecognition { get; set; } = NamedEntityRecognition.OrNull();

    /// <summary>The name consistency add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> NameConsistency => Prelude.Optional(WireNameConsistency);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.NameConsistency)]
    internal AddOnResult? WireNameConsistency { get; set; } = NameConsistency.OrNull();

    /// <summary>The structured data extraction add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> StructuredDataExtraction => Prelude.Optional(WireStructuredDataExtraction);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.StructuredDataExtraction)]
    internal AddOnResult? WireStructuredDataExtraction { get; set; } = StructuredDataExtraction.OrNull();

    /// <summary>The sentiment analysis add-on (production sends an array of objects).</summary>
    [JsonIgnore]
    public Option<AddOnResult> SentimentAnalysis => Prelude.Optional(WireSentimentAnalysis);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.SentimentAnalysis)]
    internal AddOnResult? WireSentimentAnalysis { get; set; } = SentimentAnalysis.OrNull();

    /// <summary>The audio-to-LLM add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> AudioToLlm => Prelude.Optional(WireAudioToLlm);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.AudioToLlm)]
    internal AddOnResult? WireAudioToLlm { get; set; } = AudioToLlm.OrNull();

    /// <summary>The sentences add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Sentences => Prelude.Optional(WireSentences);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.Sentences)]
    internal AddOnResult? WireSentences { get; set; } = Sentences.OrNull();

    /// <summary>The display mode add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> DisplayMode => Prelude.Optional(WireDisplayMode);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.DisplayMode)]
    internal AddOnResult? WireDisplayMode { get; set; } = DisplayMode.OrNull();

    /// <summary>The chapterization add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Chapterization => Prelude.Optional(WireChapterization);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.Chapterization)]
    internal AddOnResult? WireChapterization { get; set; } = Chapterization.OrNull();

    /// <summary>The diarization add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Diarization => Prelude.Optional(WireDiarization);

    [JsonInclude]
    [JsonPropertyName(AddOnNames.Diarization)]
    internal AddOnResult? WireDiarization { get; set; } = Diarization.OrNull();

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(Metadata is not null, "result", "metadata");
    }
}
