namespace PreRecordedFx.Cli;

/// <summary>What scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Some operations failed; the output says which.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong (or could not be acted on at all: no key, unwritable folder).</summary>
    public const int BadUsage = 2;
}
