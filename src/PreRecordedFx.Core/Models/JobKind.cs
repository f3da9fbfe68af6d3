namespace PreRecordedFx;

/// <summary>Which of an account's two job collections a call goes to.</summary>
public enum JobKind
{
    /// <summary>Transcribed files: <c>/v2/pre-recorded</c>.</summary>
    PreRecorded,

    /// <summary>Live (streaming) sessions: <c>/v2/live</c>.</summary>
    Live,
}
