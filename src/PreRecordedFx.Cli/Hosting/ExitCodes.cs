namespace PreRecordedFx.Cli;

/// <summary>What scripts can rely on (also listed in every command's <c>--help</c>: <see cref="Help"/>).</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;

    /// <summary>Some operations failed; the output says which.</summary>
    public const int SomeFailed = 1;

    /// <summary>The command line was wrong (or could not be acted on at all: no key, unwritable folder).</summary>
    public const int BadUsage = 2;

    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM, as shells expect after SIGINT (128 + 2); running it again continues.</summary>
    public const int Interrupted = 130;
}
