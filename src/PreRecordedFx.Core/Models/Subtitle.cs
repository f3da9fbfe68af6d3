using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Subtitles in one format.</summary>
/// <param name="Format">The format, <c>"srt"</c> or <c>"vtt"</c>.</param>
/// <param name="Text">The subtitle file's content (wire name <c>subtitles</c>).</param>
public sealed record Subtitle(
    string Format,
    [property: JsonPropertyName("subtitles")] string Text);
