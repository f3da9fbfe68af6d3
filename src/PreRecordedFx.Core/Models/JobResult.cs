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
    [JsonInclude]
    public Option<Transcription> Transcription { get; internal set; } = Transcription;

    /// <summary>The translation add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> Translation { get; internal set; } = Translation;

    /// <summary>The summary add-on (its results are a string).</summary>
    [JsonInclude]
    public Option<AddOnResult> Summarization { get; internal set; } = Summarization;

    /// <summary>The moderation add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> Moderation { get; internal set; } = Moderation;

    /// <summary>The named entity recognition add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> NamedEntityRecognition { get; internal set; } = NamedEntityRecognition;

    /// <summary>The name consistency add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> NameConsistency { get; internal set; } = NameConsistency;

    /// <summary>The structured data extraction add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> StructuredDataExtraction { get; internal set; } = StructuredDataExtraction;

    /// <summary>The sentiment analysis add-on (production sends an array of objects).</summary>
    [JsonInclude]
    public Option<AddOnResult> SentimentAnalysis { get; internal set; } = SentimentAnalysis;

    /// <summary>The audio-to-LLM add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> AudioToLlm { get; internal set; } = AudioToLlm;

    /// <summary>The sentences add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> Sentences { get; internal set; } = Sentences;

    /// <summary>The display mode add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> DisplayMode { get; internal set; } = DisplayMode;

    /// <summary>The chapterization add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> Chapterization { get; internal set; } = Chapterization;

    /// <summary>The diarization add-on.</summary>
    [JsonInclude]
    public Option<AddOnResult> Diarization { get; internal set; } = Diarization;
}
