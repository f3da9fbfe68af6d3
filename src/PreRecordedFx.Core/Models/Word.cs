using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>One timed word.</summary>
/// <param name="Text">The word as transcribed (wire name <c>word</c>).</param>
/// <param name="Start">Start, in seconds.</param>
/// <param name="End">End, in seconds.</param>
/// <param name="Confidence">Confidence, from 0 to 1.</param>
public sealed record Word(
    [property: JsonPropertyName("word"), JsonRequired] string Text,
    [property: JsonRequired] double Start,
    [property: JsonRequired] double End,
    [property: JsonRequired] double Confidence)
{
    // The serializer sets properties on an empty instance: much cheaper than its constructor path.
    [JsonConstructor]
    internal Word()
        : this(string.Empty, 0, 0, 0)
    {
    }
}
