using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>A stretch of speech by one speaker on one channel.</summary>
// Fields in the wire's order (the reference's UtteranceDTO), which is the order they are written in.
[WireModel("utterance")]
public sealed partial record Utterance : IJsonOnDeserialized
{
    /// <summary>Start, in seconds from the audio's start.</summary>
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

    /// <summary>The audio channel it came from.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("channel")]
    internal int? WireChannel { get; set; }

    /// <summary>The speaker's number, when diarization was on.</summary>
    [JsonInclude]
    [JsonPropertyName("speaker")]
    internal int? WireSpeaker { get; set; }

    /// <summary>Its words, in time order.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("words")]
    internal IReadOnlyList<Word>? WireWords { get; set; }

    /// <summary>Its text.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("text")]
    internal string? WireText { get; set; }

    /// <summary>Its language code.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("language")]
    internal string? WireLanguage { get; set; }
}
