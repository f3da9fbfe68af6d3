namespace PreRecordedFx;

/// <summary>
/// How <see cref="JobsApi{TJob, TPage}.WaitUntilFinishedAsync"/> polls: the first pause, doubling after each poll up to
/// <see cref="MaxDelay"/>, and the whole budget. The defaults suit Gladia, where most jobs finish within minutes.
/// </summary>
/// <example><code>
/// var options = new WaitOptions { Budget = TimeSpan.FromMinutes(2), InitialDelay = TimeSpan.FromMilliseconds(500) };
/// </code></example>
public sealed record WaitOptions
{
    /// <summary>The pause after the first poll. Default 1 s.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest pause between polls, at most a day. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait in all before giving up with <see cref="PreRecordedError.Timeout"/>. Default 10 minutes.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Why these options cannot be used, or <c>null</c> when they can.</summary>
    internal string? Problem() =>
        InitialDelay <= TimeSpan.Zero ? "InitialDelay must be positive"
        : MaxDelay < InitialDelay ? "MaxDelay must not be shorter than InitialDelay"
        : MaxDelay > TimeSpan.FromDays(1) ? "MaxDelay must be at most a day"
        : Budget <= TimeSpan.Zero ? "Budget must be positive"
        : null;
}
