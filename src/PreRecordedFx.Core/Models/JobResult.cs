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
    Option<AddOnResult> Diarization = default);
