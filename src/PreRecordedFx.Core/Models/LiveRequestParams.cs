using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// A live session's parameters as the API echoes them back (Gladia's <c>StreamingRequestParamsResponse</c>): the
/// stream's format, the model and its endpointing, and every other member by wire name in <see cref="Other"/>
/// (pre-, real-time and post-processing, messages and callback settings). All are optional.
/// </summary>
public sealed record LiveRequestParams
{
    /// <summary>Makes the parameters; what is not given stays <c>None</c>.</summary>
    /// <param name="encoding">The audio stream's encoding, e.g. <c>wav/pcm</c>.</param>
    /// <param name="bitDepth">The audio stream's bit depth.</param>
    /// <param name="sampleRate">The audio stream's sample rate, in hertz.</param>
    /// <param name="channels">The audio stream's number of channels.</param>
    /// <param name="model">The model that processed the stream, e.g. <c>solaria-1</c>.</param>
    /// <param name="endpointing">The silence, in seconds, that ends an utterance.</param>
    /// <param name="maximumDurationWithoutEndpointing">The longest an utterance runs, in seconds, without endpointing.</param>
    /// <param name="languageConfig">The languages to expect.</param>
    /// <param name="callback">Whether messages were sent to a callback URL.</param>
    /// <param name="other">Every other member by wire name.</param>
    public LiveRequestParams(
        Option<string> encoding = default,
        Option<int> bitDepth = default,
        Option<int> sampleRate = default,
        Option<int> channels = default,
        Option<string> model = default,
        Option<double> endpointing = default,
        Option<double> maximumDurationWithoutEndpointing = default,
        Option<LanguageConfig> languageConfig = default,
        Option<bool> callback = default,
        IReadOnlyDictionary<string, JsonElement>? other = null)
    {
        WireEncoding = encoding.OrNull();
        WireBitDepth = bitDepth.OrNullable();
        WireSampleRate = sampleRate.OrNullable();
        WireChannels = channels.OrNullable();
        WireModel = model.OrNull();
        WireEndpointing = endpointing.OrNullable();
        WireMaximumDurationWithoutEndpointing = maximumDurationWithoutEndpointing.OrNullable();
        WireLanguageConfig = languageConfig.OrNull();
        WireCallback = callback.OrNullable();
        OtherMembers = other is null or { Count: 0 } ? null : new Dictionary<string, JsonElement>(other);
    }

    // The serializer fills an empty value through the internal setters, in one pass with its parent.
    [JsonConstructor]
    internal LiveRequestParams()
        : this(encoding: default)
    {
    }

    /// <summary>The audio stream's encoding, e.g. <c>wav/pcm</c>.</summary>
    [JsonIgnore]
    public Option<string> Encoding => Prelude.Optional(WireEncoding);

    [JsonInclude]
    [JsonPropertyName("encoding")]
    internal string? WireEncoding { get; set; }

    /// <summary>The audio stream's bit depth.</summary>
    [JsonIgnore]
    public Option<int> BitDepth => Prelude.Optional(WireBitDepth);

    [JsonInclude]
    [JsonPropertyName("bit_depth")]
    internal int? WireBitDepth { get; set; }

    /// <summary>The audio stream's sample rate, in hertz.</summary>
    [JsonIgnore]
    public Option<int> SampleRate => Prelude.Optional(WireSampleRate);

    [JsonInclude]
    [JsonPropertyName("sample_rate")]
    internal int? WireSampleRate { get; set; }

    /// <summary>The audio stream's number of channels.</summary>
    [JsonIgnore]
    public Option<int> Channels => Prelude.Optional(WireChannels);

    [JsonInclude]
    [JsonPropertyName("channels")]
    internal int? WireChannels { get; set; }

    /// <summary>The model that processed the stream, e.g. <c>solaria-1</c>.</summary>
    [JsonIgnore]
    public Option<string> Model => Prelude.Optional(WireModel);

    [JsonInclude]
    [JsonPropertyName("model")]
    internal string? WireModel { get; set; }

    /// <summary>The silence, in seconds, that ends an utterance.</summary>
    [JsonIgnore]
    public Option<double> Endpointing => Prelude.Optional(WireEndpointing);

    [JsonInclude]
    [JsonPropertyName("endpointing")]
    internal double? WireEndpointing { get; set; }

    /// <summary>The longest an utterance runs, in seconds, without endpointing.</summary>
    [JsonIgnore]
    public Option<double> MaximumDurationWithoutEndpointing => Prelude.Optional(WireMaximumDurationWithoutEndpointing);

    [JsonInclude]
    [JsonPropertyName("maximum_duration_without_endpointing")]
    internal double? WireMaximumDurationWithoutEndpointing { get; set; }

    /// <summary>The languages to expect.</summary>
    [JsonIgnore]
    public Option<LanguageConfig> LanguageConfig => Prelude.Optional(WireLanguageConfig);

    [JsonInclude]
    [JsonPropertyName("language_config")]
    internal LanguageConfig? WireLanguageConfig { get; set; }

    /// <summary>Whether messages were sent to a callback URL.</summary>
    [JsonIgnore]
    public Option<bool> Callback => Prelude.Optional(WireCallback);

    [JsonInclude]
    [JsonPropertyName("callback")]
    internal bool? WireCallback { get; set; }

    /// <summary>Every member not typed above, by wire name (e.g. <c>realtime_processing</c>, <c>callback_config</c>).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, JsonElement> Other => OtherMembers ?? NoOtherMembers;

    // The serializer fills and writes this, making it only when a member is left over; callers see the view above.
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? OtherMembers { get; set; }

    private static IReadOnlyDictionary<string, JsonElement> NoOtherMembers { get; } = new Dictionary<string, JsonElement>().AsReadOnly();
}
