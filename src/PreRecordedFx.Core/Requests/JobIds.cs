using LanguageExt;

namespace PreRecordedFx;

/// <summary>Checks a job id before it goes into a URL path, so no id can reach another endpoint.</summary>
public static class JobIds
{
    /// <summary>The longest id accepted; Gladia's ids are 36-character UUIDs.</summary>
    public const int MaxLength = 128;

    private static readonly char[] Forbidden = ['/', '\\', '?', '#', '%'];

    /// <summary>Accepts an id, or says why not.</summary>
    /// <param name="jobId">The id to check.</param>
    /// <returns>The id, or <see cref="PreRecordedError.InvalidArgument"/> for <c>jobId</c>.</returns>
    public static Either<PreRecordedError, string> Validate(string? jobId) =>
        Problem(jobId) is { } reason
            ? new PreRecordedError.InvalidArgument("jobId", reason)
            : jobId!;

    private static string? Problem(string? jobId)
    {
        if (string.IsNullOrWhiteSpace(jobId))
        {
            return "must not be empty or blank";
        }

        if (jobId.Length > MaxLength)
        {
            return $"must be at most {MaxLength} characters, was {jobId.Length}";
        }

        if (jobId.IndexOfAny(Forbidden) >= 0)
        {
            return "must not contain '/', '\\', '?', '#' or '%'";
        }

        // "." and ".." are dot segments: a URL parser would remove them and reach another endpoint.
        if (jobId == "." || jobId.Contains("..", StringComparison.Ordinal))
        {
            return "must not be '.' or contain '..'";
        }

        if (jobId.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "must not contain whitespace or control characters";
        }

        return UnicodeText.IsWellFormed(jobId) ? null : "must be valid Unicode text";
    }
}
