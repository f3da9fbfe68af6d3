using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>What a done job produced: metadata, the transcription and any add-on results.</summary>
[WireModel("result")]
public partial record JobResult : IJsonOnDeserialized
{
    /// <summary>Durations and billing.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("metadata")]
    internal ResultMetadata? WireMetadata { get; set; }

    /// <summary>The transcript, utterances, words, sentences and subtitles.</summary>
    [JsonInclude]
    [JsonPropertyName("transcription")]
    internal Transcription? WireTranscription { get; set; }

    /// <summary>The translation add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.Translation)]
    internal AddOnResult? WireTranslation { get; set; }

    /// <summary>The summary add-on (its results are a string).</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.Summarization)]
    internal AddOnResult? WireSummarization { get; set; }

    /// <summary>The moderation add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.Moderation)]
    internal AddOnResult? WireModeration { get; set; }

    /// <summary>The named entity recognition add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.NamedEntityRecognition)]
    internal AddOnResult? WireNamedEntityRecognition { get; set; }

    /// <summary>The name consistency add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.NameConsistency)]
    internal AddOnResult? WireNameConsistency { get; set; }

    /// <summary>The structured data extraction add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.StructuredDataExtraction)]
    internal AddOnResult? WireStructuredDataExtraction { get; set; }

    /// <summary>The sentiment analysis add-on (production sends an array of objects).</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.SentimentAnalysis)]
    internal AddOnResult? WireSentimentAnalysis { get; set; }

    /// <summary>The audio-to-LLM add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.AudioToLlm)]
    internal AddOnResult? WireAudioToLlm { get; set; }

    /// <summary>The sentences add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.Sentences)]
    internal AddOnResult? WireSentences { get; set; }

    /// <summary>The display mode add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.DisplayMode)]
    internal AddOnResult? WireDisplayMode { get; set; }

    /// <summary>The chapterization add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.Chapterization)]
    internal AddOnResult? WireChapterization { get; set; }

    /// <summary>The diarization add-on.</summary>
    [JsonInclude]
    [JsonPropertyName(AddOnNames.Diarization)]
    internal AddOnResult? WireDiarization { get; set; }

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
}
