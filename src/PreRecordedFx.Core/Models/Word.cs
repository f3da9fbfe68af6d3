using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>One timed word. Read and written by <see cref="WordJsonConverter"/>: a transcript holds thousands.</summary>
[WireModel("word")]
[JsonConverter(typeof(WordJsonConverter))]
public sealed partial record Word : IJsonOnDeserialized
{
    /// <summary>The word as transcribed (wire name <c>word</c>).</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("word")]
    internal string? WireText { get; set; }

    /// <summary>Start, in seconds.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("start")]
    internal double? WireStart { get; set; }

    /// <summary>End, in seconds.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("end")]
    internal double? WireEnd { get; set; }

    /// <summary>Confidence, from 0 to 1.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("confidence")]
    internal double? WireConfidence { get; set; }
}
