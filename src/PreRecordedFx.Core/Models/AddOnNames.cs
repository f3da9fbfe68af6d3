namespace PreRecordedFx;

/// <summary>
/// The wire names of the add-ons a job's result can carry, in the order <see cref="JobResult"/> declares them: the one
/// list the models, the mock server and the command line read.
/// </summary>
public static class AddOnNames
{
    /// <summary><c>translation</c>.</summary>
    public const string Translation = "translation";
    /// <summary><c>summarization</c>.</summary>
    public const string Summarization = "summarization";
    /// <summary><c>moderation</c>.</summary>
    public const string Moderation = "moderation";
    /// <summary><c>named_entity_recognition</c>.</summary>
    public const string NamedEntityRecognition = "named_entity_recognition";
    /// <summary><c>name_consistency</c>.</summary>
    public const string NameConsistency = "name_consistency";
    /// <summary><c>structured_data_extraction</c>.</summary>
    public const string StructuredDataExtraction = "structured_data_extraction";
    /// <summary><c>sentiment_analysis</c>.</summary>
    public const string SentimentAnalysis = "sentiment_analysis";
    /// <summary><c>audio_to_llm</c>.</summary>
    public const string AudioToLlm = "audio_to_llm";
    /// <summary><c>sentences</c>.</summary>
    public const string Sentences = "sentences";
    /// <summary><c>display_mode</c>.</summary>
    public const string DisplayMode = "display_mode";
    /// <summary><c>chapterization</c>.</summary>
    public const string Chapterization = "chapterization";
    /// <summary><c>diarization</c>.</summary>
    public const string Diarization = "diarization";

    /// <summary>Every add-on name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Translation, Summarization, Moderation, NamedEntityRecognition, NameConsistency, StructuredDataExtraction,
        SentimentAnalysis, AudioToLlm, Sentences, DisplayMode, Chapterization, Diarization,
    ];
}
