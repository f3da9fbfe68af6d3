using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Subtitles in one format.</summary>
[WireModel("subtitle")]
public sealed partial record Subtitle : IJsonOnDeserialized
{
    /// <summary>The format, <c>"srt"</c> or <c>"vtt"</c>.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("format")]
    internal string? WireFormat { get; set; }

    /// <summary>The subtitle file's content (wire name <c>subtitles</c>).</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("subtitles")]
    internal string? WireText { get; set; }
}
