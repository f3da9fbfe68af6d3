using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// The options a job was created with, as the service echoes them (<c>request_params</c>).
/// The common ones are typed; every other member the service sends is kept in <see cref="Other"/>,
/// so nothing is lost when Gladia adds options.
/// </summary>
[WireModel("request params")]
public sealed partial record RequestParams
{
    /// <summary>The audio's URL.</summary>
    [JsonInclude]
    [JsonPropertyName("audio_url")]
    internal string? WireAudioUrl { get; set; }

    /// <summary>The transcription model, e.g. <c>"solaria-1"</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("model")]
    internal string? WireModel { get; set; }

    /// <summary>The language settings.</summary>
    [JsonInclude]
    [JsonPropertyName("language_config")]
    internal LanguageConfig? WireLanguageConfig { get; set; }

    /// <summary>Whether speakers were told apart.</summary>
    [JsonInclude]
    [JsonPropertyName("diarization")]
    internal bool? WireDiarization { get; set; }

    /// <summary>Whether subtitles were asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("subtitles")]
    internal bool? WireSubtitles { get; set; }

    /// <summary>The subtitle settings (formats and more), as raw JSON.</summary>
    [JsonInclude]
    [JsonPropertyName("subtitles_config")]
    internal JsonElement? WireSubtitlesConfig { get; set; }

    /// <summary>Whether a translation was asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("translation")]
    internal bool? WireTranslation { get; set; }

    /// <summary>Whether a summary was asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("summarization")]
    internal bool? WireSummarization { get; set; }

    /// <summary>Whether sentences were asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("sentences")]
    internal bool? WireSentences { get; set; }

    /// <summary>Every member not typed above, by wire name (e.g. <c>callback_url</c>, <c>pii_redaction</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? WireOther { get; set; }
}
