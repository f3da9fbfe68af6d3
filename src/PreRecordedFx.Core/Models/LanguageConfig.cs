namespace PreRecordedFx;

/// <summary>The language settings a job was created with.</summary>
public sealed record LanguageConfig
{
    /// <summary>Creates the settings.</summary>
    /// <param name="languages">The expected languages; empty to detect.</param>
    /// <param name="codeSwitching">Whether the language may change within the audio.</param>
    public LanguageConfig(IReadOnlyList<string>? languages = null, bool codeSwitching = false)
    {
        Languages = ValueList<string>.From(languages);
        CodeSwitching = codeSwitching;
    }

    /// <summary>The expected languages (ISO 639-1 codes); empty to detect.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Whether the language may change within the audio.</summary>
    public bool CodeSwitching { get; }
}
