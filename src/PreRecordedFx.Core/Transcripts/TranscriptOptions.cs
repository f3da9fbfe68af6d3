namespace PreRecordedFx;

/// <summary>How subtitles are laid out: how long a line may be and how many lines a cue holds.</summary>
/// <param name="MaxLineLength">The longest line, in characters as a reader counts them (text elements); at least 1.</param>
/// <param name="MaxLinesPerCue">How many lines one cue shows before the utterance continues in the next cue; at least 1.</param>
/// <example><code>Transcripts.Srt(job, new TranscriptOptions(MaxLineLength: 32, MaxLinesPerCue: 1))</code></example>
public sealed record TranscriptOptions(int MaxLineLength = 42, int MaxLinesPerCue = 2)
{
    /// <summary>42 characters a line, two lines a cue: the common broadcast convention.</summary>
    public static TranscriptOptions Default { get; } = new();
}
