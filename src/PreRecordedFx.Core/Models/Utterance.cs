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
    Option<int> Speaker = default);
