using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>A stretch of speech by one speaker on one channel.</summary>
/// <param name="Start">Start, in seconds from the audio's start.</param>
/// <param name="End">End, in seconds.</param>
/// <param name="Confidence">Confidence, from 0 to 1.</param>
/// <param name="Channel">The audio channel it came from.</param>
/// <param name="Words">Its words, in time order.</param>
/// <param name="Text">Its text.</param>
/// <param name="Language">Its language code.</param>
/// <param name="Speaker">The speaker's number, when diarization was on.</param>
public sealed record Utterance(
    double Start,
    double End,
    double Confidence,
    int Channel,
    IReadOnlyList<Word> Words,
    string Text,
    string Language,
    Option<int> Speaker = default)
{
    [JsonConstructor]
    internal Utterance()
        : this(0, 0, 0, 0, null!, null!, null!)
    {
    }

    /// <summary>Start, in seconds from the audio's start.</summary>
    [JsonRequired]
    [JsonInclude]
    public double Start { get; internal set; } = Start;

    /// <summary>End, in seconds.</summary>
    [JsonRequired]
    [JsonInclude]
    public double End { get; internal set; } = End;

    /// <summary>Confidence, from 0 to 1.</summary>
    [JsonRequired]
    [JsonInclude]
    public double Confidence { get; internal set; } = Confidence;

    /// <summary>The audio channel it came from.</summary>
    [JsonRequired]
    [JsonInclude]
    public int Channel { get; internal set; } = Channel;

    /// <summary>Its words, in time order.</summary>
    [JsonRequired]
    [JsonInclude]
    public IReadOnlyList<Word> Words { get; internal set => field = ValueList<Word>.Adopt(value); } = ValueList<Word>.From(Words);

    /// <summary>Its text.</summary>
    [JsonRequired]
    [JsonInclude]
    public string Text { get; internal set; } = Text;

    /// <summary>Its language code.</summary>
    [JsonRequired]
    [JsonInclude]
    public string Language { get; internal set; } = Language;

    /// <summary>The speaker's number, when diarization was on.</summary>
    [JsonIgnore]
    public Option<int> Speaker => Prelude.Optional(WireSpeaker);

    [JsonInclude]
    [JsonPropertyName("speaker")]
    internal int? WireSpeaker { get; set; } = Speaker.OrNullable();
}
