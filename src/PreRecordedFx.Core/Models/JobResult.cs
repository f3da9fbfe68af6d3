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
public sealed record JobResult(
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
    Option<AddOnResult> Diarization = default)
{
    [JsonConstructor]
    internal JobResult()
        : this(Metadata: null!)
    {
    }

    /// <summary>Durations and billing.</summary>
    [JsonRequired]
    [JsonInclude]
    public ResultMetadata Metadata { get; internal set; } = Metadata;

    /// <summary>The transcript, utterances, words, sentences and subtitles.</summary>
    [JsonIgnore]
    public Option<Transcription> Transcription { get; internal set; } = Transcription;

    // Read and written through this nullable twin, natively by the serializer (see WireOption).
    [JsonInclude]
    [JsonPropertyName("transcription")]
    internal Transcription? WireTranscription { get => Transcription.OrNull(); set => Transcription = Prelude.Optional(value); }

    /// <summary>The translation add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Translation { get; internal set; } = Translation;

    [JsonInclude]
    [JsonPropertyName("translation")]
    internal AddOnResult? WireTranslation { get => Translation.OrNull(); set => Translation = Prelude.Optional(value); }

    /// <summary>The summary add-on (its results are a string).</summary>
    [JsonIgnore]
    public Option<AddOnResult> Summarization { get; internal set; } = Summarization;

    [JsonInclude]
    [JsonPropertyName("summarization")]
    internal AddOnResult? WireSummarization { get => Summarization.OrNull(); set => Summarization = Prelude.Optional(value); }

    /// <summary>The moderation add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Moderation { get; internal set; } = Moderation;

    [JsonInclude]
    [JsonPropertyName("moderation")]
    internal AddOnResult? WireModeration { get => Moderation.OrNull(); set => Moderation = Prelude.Optional(value); }

    /// <summary>The named entity recognition add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> NamedEntityRecognition { get; internal set; } = NamedEntityRecognition;

    [JsonInclude]
    [JsonPropertyName("named_entity_recognition")]
    internal AddOnResult? WireNamedEntityRecognition { get => NamedEntityRecognition.OrNull(); set => NamedEntityRecognition = Prelude.Optional(value); }

    /// <summary>The name consistency add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> NameConsistency { get; internal set; } = NameConsistency;

    [JsonInclude]
    [JsonPropertyName("name_consistency")]
    internal AddOnResult? WireNameConsistency { get => NameConsistency.OrNull(); set => NameConsistency = Prelude.Optional(value); }

    /// <summary>The structured data extraction add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> StructuredDataExtraction { get; internal set; } = StructuredDataExtraction;

    [JsonInclude]
    [JsonPropertyName("structured_data_extraction")]
    internal AddOnResult? WireStructuredDataExtraction { get => StructuredDataExtraction.OrNull(); set => StructuredDataExtraction = Prelude.Optional(value); }

    /// <summary>The sentiment analysis add-on (production sends an array of objects).</summary>
    [JsonIgnore]
    public Option<AddOnResult> SentimentAnalysis { get; internal set; } = SentimentAnalysis;

    [JsonInclude]
    [JsonPropertyName("sentiment_analysis")]
    internal AddOnResult? WireSentimentAnalysis { get => SentimentAnalysis.OrNull(); set => SentimentAnalysis = Prelude.Optional(value); }

    /// <summary>The audio-to-LLM add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> AudioToLlm { get; internal set; } = AudioToLlm;

    [JsonInclude]
    [JsonPropertyName("audio_to_llm")]
    internal AddOnResult? WireAudioToLlm { get => AudioToLlm.OrNull(); set => AudioToLlm = Prelude.Optional(value); }

    /// <summary>The sentences add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Sentences { get; internal set; } = Sentences;

    [JsonInclude]
    [JsonPropertyName("sentences")]
    internal AddOnResult? WireSentences { get => Sentences.OrNull(); set => Sentences = Prelude.Optional(value); }

    /// <summary>The display mode add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> DisplayMode { get; internal set; } = DisplayMode;

    [JsonInclude]
    [JsonPropertyName("display_mode")]
    internal AddOnResult? WireDisplayMode { get => DisplayMode.OrNull(); set => DisplayMode = Prelude.Optional(value); }

    /// <summary>The chapterization add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Chapterization { get; internal set; } = Chapterization;

    [JsonInclude]
    [JsonPropertyName("chapterization")]
    internal AddOnResult? WireChapterization { get => Chapterization.OrNull(); set => Chapterization = Prelude.Optional(value); }

    /// <summary>The diarization add-on.</summary>
    [JsonIgnore]
    public Option<AddOnResult> Diarization { get; internal set; } = Diarization;

    [JsonInclude]
    [JsonPropertyName("diarization")]
    internal AddOnResult? WireDiarization { get => Diarization.OrNull(); set => Diarization = Prelude.Optional(value); }
}
