namespace PreRecordedFx;

/// <summary>The <c>event</c> names Gladia sends for pre-recorded jobs, to callback URLs and account webhooks alike.</summary>
public static class GladiaEventNames
{
    /// <summary>A job was created (account webhooks only).</summary>
    public const string Created = "transcription.created";

    /// <summary>A job is done and its result is available.</summary>
    public const string Success = "transcription.success";

    /// <summary>A job failed.</summary>
    public const string Error = "transcription.error";
}
