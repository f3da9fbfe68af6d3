namespace PreRecordedFx;

/// <summary>One subtitle cue: a stretch of time and the lines shown during it.</summary>
/// <param name="Start">When it appears, in seconds from the audio's start.</param>
/// <param name="End">When it disappears, in seconds.</param>
/// <param name="Lines">The lines shown, each within the configured length.</param>
public sealed record Cue(double Start, double End, IReadOnlyList<string> Lines);
