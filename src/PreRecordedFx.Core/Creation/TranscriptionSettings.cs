namespace PreRecordedFx;

/// <summary>The language(s) spoken (<c>language_config</c>).</summary>
public sealed record LanguageSettings
{
    /// <summary>ISO 639-1 codes: one is used as is; several (or none) let the model detect among them.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Detect the language on each utterance rather than once (<c>code_switching</c>).</summary>
    public bool? CodeSwitching { get; init; }
}

/// <summary>Diarization's settings (<c>diarization_config</c>); all optional.</summary>
public sealed record DiarizationSettings
{
    /// <summary>The exact number of speakers, when known (1 or more).</summary>
    public int? NumberOfSpeakers { get; init; }

    /// <summary>The fewest speakers expected (0 or more).</summary>
    public int? MinSpeakers { get; init; }

    /// <summary>The most speakers expected (0 or more, not under <see cref="MinSpeakers"/>).</summary>
    public int? MaxSpeakers { get; init; }
}

/// <summary>Subtitles' settings (<c>subtitles_config</c>).</summary>
public sealed record SubtitlesSettings
{
    /// <summary>The formats, e.g. <c>srt</c> and <c>vtt</c> (at least one).</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["srt"];

    /// <summary>The shortest subtitle, in seconds (0 or more).</summary>
    public double? MinimumDuration { get; init; }

    /// <summary>The longest subtitle, in seconds (1 to 30).</summary>
    public double? MaximumDuration { get; init; }

    /// <summary>Characters per row (1 or more).</summary>
    public int? MaximumCharactersPerRow { get; init; }

    /// <summary>Rows per caption (1 to 5).</summary>
    public int? MaximumRowsPerCaption { get; init; }

    /// <summary>The style, e.g. <c>default</c> or <c>compliance</c>.</summary>
    public string? Style { get; init; }
}

/// <summary>Translation's settings (<c>translation_config</c>).</summary>
/// <param name="TargetLanguages">The ISO 639-1 codes to translate into (at least one).</param>
public sealed record TranslationSettings(IReadOnlyList<string> TargetLanguages)
{
    /// <summary>The translation model, e.g. <c>base</c> or <c>enhanced</c>.</summary>
    public string? Model { get; init; }

    /// <summary>Align translated utterances with the original ones.</summary>
    public bool? MatchOriginalUtterances { get; init; }

    /// <summary>Apply lipsync to the translation.</summary>
    public bool? Lipsync { get; init; }

    /// <summary>Adapt the translation to its context.</summary>
    public bool? ContextAdaptation { get; init; }

    /// <summary>Context that helps the translation.</summary>
    public string? Context { get; init; }

    /// <summary>Prefer informal forms.</summary>
    public bool? Informal { get; init; }
}

/// <summary>Summarization's settings (<c>summarization_config</c>).</summary>
public sealed record SummarizationSettings
{
    /// <summary>The kind of summary, e.g. <c>general</c>, <c>bullet_points</c> or <c>concise</c>.</summary>
    public string? Type { get; init; }
}

/// <summary>Custom vocabulary's settings (<c>custom_vocabulary_config</c>).</summary>
/// <param name="Vocabulary">The words or phrases (at least one).</param>
public sealed record CustomVocabularySettings(IReadOnlyList<string> Vocabulary)
{
    /// <summary>How strongly to favour them, 0 to 1.</summary>
    public double? DefaultIntensity { get; init; }
}

/// <summary>Custom spelling's settings (<c>custom_spelling_config</c>).</summary>
/// <param name="SpellingDictionary">Each spelling, with what it replaces (at least one entry), e.g. <c>SQL: [Sequel]</c>.</param>
public sealed record CustomSpellingSettings(IReadOnlyDictionary<string, IReadOnlyList<string>> SpellingDictionary);

/// <summary>Audio-to-LLM's settings (<c>audio_to_llm_config</c>).</summary>
/// <param name="Prompts">The prompts to run over the transcript (at least one).</param>
public sealed record AudioToLlmSettings(IReadOnlyList<string> Prompts)
{
    /// <summary>The model that runs them (Gladia's default when <c>null</c>).</summary>
    public string? Model { get; init; }
}

/// <summary>PII redaction's settings (<c>pii_redaction_config</c>); all optional.</summary>
public sealed record PiiRedactionSettings
{
    /// <summary>What to redact, e.g. <c>GDPR</c>, <c>EMAIL_ADDRESS</c>.</summary>
    public IReadOnlyList<string>? EntityTypes { get; init; }

    /// <summary>How: <c>MARKER</c> or <c>MASK</c>.</summary>
    public string? ProcessedTextType { get; init; }
}

/// <summary>How Gladia calls back when the job ends.</summary>
public enum CallbackMethod
{
    /// <summary>POST (Gladia's default).</summary>
    Post,

    /// <summary>PUT.</summary>
    Put,
}

/// <summary>The callback (<c>callback_config</c>): where Gladia sends the result, and with which method.</summary>
/// <param name="Url">
/// An absolute http(s) URL. Gladia signs nothing, so put a secret of your own in its query (the AspNetCore
/// receiver's <c>SecretToken</c> checks it); <see cref="ToString"/> leaves the query out.
/// </param>
public sealed record CallbackSettings(string Url)
{
    /// <summary>POST (the default) or PUT.</summary>
    public CallbackMethod Method { get; init; } = CallbackMethod.Post;

    /// <inheritdoc />
    public override string ToString() => $"CallbackSettings {{ Url = {TranscriptionBody.WithoutQuery(Url)}, Method = {Method} }}";
}
