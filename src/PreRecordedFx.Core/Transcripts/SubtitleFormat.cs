namespace PreRecordedFx;

/// <summary>The subtitle formats a transcript can be written in.</summary>
public enum SubtitleFormat
{
    /// <summary>SubRip (<c>.srt</c>): numbered cues, <c>00:01:02,345</c> timestamps.</summary>
    Srt,

    /// <summary>WebVTT (<c>.vtt</c>): a <c>WEBVTT</c> header, <c>00:01:02.345</c> timestamps.</summary>
    Vtt,
}
