namespace PreRecordedFx;

/// <summary>The two kinds of job a Gladia account holds, as their <c>kind</c> member names them.</summary>
public static class JobKinds
{
    /// <summary>A transcribed file: <c>/v2/pre-recorded</c>.</summary>
    public const string PreRecorded = "pre-recorded";

    /// <summary>A live (streaming) session: <c>/v2/live</c>.</summary>
    public const string Live = "live";
}
