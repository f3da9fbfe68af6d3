using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>The language settings a job was created with.</summary>
[WireModel("language config")]
[WireDefault("CodeSwitching", false)]
public sealed partial record LanguageConfig : IJsonOnDeserialized
{
    /// <summary>The expected languages (ISO 639-1 codes); empty to detect.</summary>
    [JsonInclude]
    [JsonPropertyName("languages")]
    internal IReadOnlyList<string>? WireLanguages { get; set; }

    /// <summary>Whether the language may change within the audio.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("code_switching")]
    internal bool? WireCodeSwitching { get; set; }
}
