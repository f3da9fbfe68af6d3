using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The options a job was created with, as the service echoes them (<c>request_params</c>).
/// The common ones are typed; every other member the service sends is kept in <see cref="Other"/>,
/// so nothing is lost when Gladia adds options.
/// </summary>
public sealed record RequestParams
{
    /// <summary>Creates the echoed options.</summary>
    /// <param name="audioUrl">The audio's URL.</param>
    /// <param name="model">The transcription model, e.g. <c>"solaria-1"</c>.</param>
    /// <param name="languageConfig">The language settings.</param>
    /// <param name="diarization">Whether speakers were told apart.</param>
    /// <param name="subtitles">Whether subtitles were asked for.</param>
    /// <param name="subtitlesConfig">The subtitle settings (formats and more), raw.</param>
    /// <param name="translation">Whether a translation was asked for.</param>
    /// <param name="summarization">Whether a summary was asked for.</param>
    /// <param name="sentences">Whether sentences were asked for.</param>
    /// <param name="other">Every other member, by wire name.</param>
    public RequestParams(
        Option<string> audioUrl = default,
        Option<string> model = default,
        Option<LanguageConfig> languageConfig = default,
        Option<bool> diarization = default,
        Option<bool> subtitles = default,
        Option<JsonElement> subtitlesConfig = default,
        Option<bool> translation = default,
        Option<bool> summarization = default,
        Option<bool> sentences = default,
        IReadOnlyDictionary<string, JsonElement>? other = null)
    {
        WireAudioUrl = audioUrl.OrNull();
        WireModel = model.OrNull();
        WireLanguageConfig = languageConfig.OrNull();
        WireDiarization = diarization.OrNullable();
        WireSubtitles = subtitles.OrNullable();
        WireSubtitlesConfig = subtitlesConfig.OrNullable();
        WireTranslation = translation.OrNullable();
        WireSummarization = summarization.OrNullable();
        WireSentences = sentences.OrNullable();
        OtherMembers = other is null or { Count: 0 } ? null : new Dictionary<string, JsonElement>(other);
    }

    // The serializer fills an empty value through the internal setters, in one pass with its parent.
    [JsonConstructor]
    internal RequestParams()
        : this(audioUrl: default)
    {
    }

    /// <summary>The audio's URL.</summary>
    [JsonIgnore]
    public Option<string> AudioUrl => Prelude.Optional(WireAudioUrl);

    [JsonInclude]
    [JsonPropertyName("audio_url")]
    internal string? WireAudioUrl { get; set; }

    /// <summary>The transcription model.</summary>
    [JsonIgnore]
    public Option<string> Model => Prelude.Optional(WireModel);

    [JsonInclude]
    [JsonPropertyName("model")]
    internal string? WireModel { get; set; }

    /// <summary>The language settings.</summary>
    [JsonIgnore]
    public Option<LanguageConfig> LanguageConfig => Prelude.Optional(WireLanguageConfig);

    [JsonInclude]
    [JsonPropertyName("language_config")]
    internal LanguageConfig? WireLanguageConfig { get; set; }

    /// <summary>Whether speakers were told apart.</summary>
    [JsonIgnore]
    public Option<bool> Diarization => Prelude.Optional(WireDiarization);

    [JsonInclude]
    [JsonPropertyName("diarization")]
    internal bool? WireDiarization { get; set; }

    /// <summary>Whether subtitles were asked for.</summary>
    [JsonIgnore]
    public Option<bool> Subtitles => Prelude.Optional(WireSubtitles);

    [JsonInclude]
    [JsonPropertyName("subtitles")]
    internal bool? WireSubtitles { get; set; }

    /// <summary>The subtitle settings, as raw JSON.</summary>
    [JsonIgnore]
    public Option<JsonElement> SubtitlesConfig => Prelude.Optional(WireSubtitlesConfig);

    [JsonInclude]
    [JsonPropertyName("subtitles_config")]
    internal JsonElement? WireSubtitlesConfig { get; set; }

    /// <summary>Whether a translation was asked for.</summary>
    [JsonIgnore]
    public Option<bool> Translation => Prelude.Optional(WireTranslation);

    [JsonInclude]
    [JsonPropertyName("translation")]
    internal bool? WireTranslation { get; set; }

    /// <summary>Whether a summary was asked for.</summary>
    [JsonIgnore]
    public Option<bool> Summarization => Prelude.Optional(WireSummarization);

    [JsonInclude]
    [JsonPropertyName("summarization")]
    internal bool? WireSummarization { get; set; }

    /// <summary>Whether sentences were asked for.</summary>
    [JsonIgnore]
    public Option<bool> Sentences => Prelude.Optional(WireSentences);

    [JsonInclude]
    [JsonPropertyName("sentences")]
    internal bool? WireSentences { get; set; }

    /// <summary>Every member not typed above, by wire name (e.g. <c>callback_url</c>, <c>pii_redaction</c>).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> Other => OtherMembers ?? NoOtherMembers;

    // The serializer fills and writes this, making it only when a member is left over; callers see the view above.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? OtherMembers { get; set; }

    private static IReadOnlyDictionary<string, JsonElement> NoOtherMembers { get; } = new Dictionary<string, JsonElement>().AsReadOnly();
}
