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
    Option<int> Speaker = default) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal Utterance()
        : this(0, 0, 0, 0, ValueList<Word>.Unread, null!, null!)
    {
        WireStart = null;
        WireEnd = null;
        WireConfidence = null;
        WireChannel = null;
    }

    /// <summary>Start, in seconds from the audio's start.</summary>
    [JsonIgnore]
    public double Start => WireStart.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("start")]
    internal double? WireStart { get; set; } = Start;

    /// <summary>End, in seconds.</summary>
    [JsonIgnore]
    public double End => WireEnd.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("end")]
    internal double? WireEnd { get; set; } = End;

    /// <summary>Confidence, from 0 to 1.</summary>
    [JsonIgnore]
    public double Confidence => WireConfidence.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("confidence")]
    internal double? WireConfidence { get; set; } = Confidence;

    /// <summary>The audio channel it came from.</summary>
    [JsonIgnore]
    public int Channel => WireChannel.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("channel")]
    internal int? WireChannel { get; set; } = Channel;

    // Members in the wire's order (the reference's UtteranceDTO), which is the order they are written in.
    /// <summary>The speaker's number, when diarization was on.</summary>
    [JsonIgnore]
    public Option<int> Speaker => Prelude.Optional(WireSpeaker);

    [JsonInclude]
    [JsonPropertyName("speaker")]
    internal int? WireSpeaker { get; set; } = Speaker.OrNullable();

    /// <summary>Its words, in time order.</summary>
    [JsonInclude]
    public IReadOnlyList<Word> Words { get; internal set => field = ValueList<Word>.Adopt(value); } = ValueList<Word>.From(Words);

    /// <summary>Its text.</summary>
    [JsonInclude]
    public string Text { get; internal set; } = Text;

    /// <summary>Its language code.</summary>
    [JsonInclude]
    public string Language { get; internal set; } = Language;

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(WireStart.HasValue, "utterance", "start");
        RequiredMembers.Check(WireEnd.HasValue, "utterance", "end");
        RequiredMembers.Check(WireConfidence.HasValue, "utterance", "confidence");
        RequiredMembers.Check(WireChannel.HasValue, "utterance", "channel");
        RequiredMembers.Check(RequiredMembers.WasRead(Words), "utterance", "words");
        RequiredMembers.Check(Text is not null, "utterance", "text");
        RequiredMembers.Check(Language is not null, "utterance", "language");
    }
}
