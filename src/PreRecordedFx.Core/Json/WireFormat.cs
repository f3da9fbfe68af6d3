namespace PreRecordedFx;

/// <summary>How Gladia's wire writes values that .NET would write otherwise: one place for the core and the mock.</summary>
public static class WireFormat
{
    /// <summary>An instant: UTC with exactly three fraction digits and <c>Z</c>, <c>2026-09-10T10:38:12.431Z</c>.</summary>
    public const string Instant = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
}
