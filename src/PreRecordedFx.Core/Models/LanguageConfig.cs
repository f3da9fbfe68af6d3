using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

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

    // The serializer fills an empty value through the internal setters, in one pass with its parent.
    [JsonConstructor]
    internal LanguageConfig()
        : this(languages: null)
    {
    }

    /// <summary>The expected languages (ISO 639-1 codes); empty to detect.</summary>
    [AllowNull]
    [JsonInclude]
    public IReadOnlyList<string> Languages { get; internal set => field = ValueList<string>.Adopt(value); }

    /// <summary>Whether the language may change within the audio.</summary>
    [JsonInclude]
    public bool CodeSwitching { get; internal set; }
}
