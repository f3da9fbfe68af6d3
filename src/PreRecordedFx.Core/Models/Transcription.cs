using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>The transcript of a done job (<c>result.transcription</c>).</summary>
// Fields in the wire's order (the reference's TranscriptionDTO), utterances last.
[WireModel("transcription")]
public sealed partial record Transcription : IJsonOnDeserialized
{
    /// <summary>The whole text.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("full_transcript")]
    internal string? WireFullTranscript { get; set; }

    /// <summary>The detected languages, most spoken first.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("languages")]
    internal IReadOnlyList<string>? WireLanguages { get; set; }

    /// <summary>The sentences add-on results; empty when not asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("sentences")]
    internal IReadOnlyList<AddOnResult>? WireSentences { get; set; }

    /// <summary>The subtitles, one per format; empty when not asked for.</summary>
    [JsonInclude]
    [JsonPropertyName("subtitles")]
    internal IReadOnlyList<Subtitle>? WireSubtitles { get; set; }

    /// <summary>The speech segments, in time order.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("utterances")]
    internal IReadOnlyList<Utterance>? WireUtterances { get; set; }
}
