using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>One timed word.</summary>
/// <param name="Text">The word as transcribed (wire name <c>word</c>).</param>
/// <param name="Start">Start, in seconds.</param>
/// <param name="End">End, in seconds.</param>
/// <param name="Confidence">Confidence, from 0 to 1.</param>
[JsonConverter(typeof(WordJsonConverter))]
public sealed record Word(string Text, double Start, double End, double Confidence);
