using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// A live session's parameters as the API echoes them back (Gladia's <c>StreamingRequestParamsResponse</c>): the
/// stream's format, the model and its endpointing, and every other member by wire name in <see cref="Other"/>
/// (pre-, real-time and post-processing, messages and callback settings). All are optional.
/// </summary>
[WireModel("live request params")]
public sealed partial record LiveRequestParams
{
    /// <summary>The audio stream's encoding, e.g. <c>wav/pcm</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("encoding")]
    internal string? WireEncoding { get; set; }

    /// <summary>The audio stream's bit depth.</summary>
    [JsonInclude]
    [JsonPropertyName("bit_depth")]
    internal int? WireBitDepth { get; set; }

    /// <summary>The audio stream's sample rate, in hertz.</summary>
    [JsonInclude]
    [JsonPropertyName("sample_rate")]
    internal int? WireSampleRate { get; set; }

    /// <summary>The audio stream's number of channels.</summary>
    [JsonInclude]
    [JsonPropertyName("channels")]
    internal int? WireChannels { get; set; }

    /// <summary>The model that processed the stream, e.g. <c>solaria-1</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("model")]
    internal string? WireModel { get; set; }

    /// <summary>The silence, in seconds, that ends an utterance.</summary>
    [JsonInclude]
    [JsonPropertyName("endpointing")]
    internal double? WireEndpointing { get; set; }

    /// <summary>The longest an utterance runs, in seconds, without endpointing.</summary>
    [JsonInclude]
    [JsonPropertyName("maximum_duration_without_endpointing")]
    internal double? WireMaximumDurationWithoutEndpointing { get; set; }

    /// <summary>The languages to expect.</summary>
    [JsonInclude]
    [JsonPropertyName("language_config")]
    internal LanguageConfig? WireLanguageConfig { get; set; }

    /// <summary>Whether messages were sent to a callback URL.</summary>
    [JsonInclude]
    [JsonPropertyName("callback")]
    internal bool? WireCallback { get; set; }

    /// <summary>Every member not typed above, by wire name (e.g. <c>realtime_processing</c>, <c>callback_config</c>).</summary>
    [JsonExtensionData]
    [JsonInclude]
    internal Dictionary<string, JsonElement>? WireOther { get; set; }
}
