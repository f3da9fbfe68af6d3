namespace PreRecordedFx;

/// <summary>The header names this client sends or reads.</summary>
internal static class GladiaHeaders
{
    public const string ApiKey = "x-gladia-key";
    public const string Version = "x-gladia-version";
    public const string CallId = "x-aipi-call-id";

    /// <summary>The response headers the core's parsers read (plus <c>Location</c> for diagnostics).</summary>
    public static readonly string[] Relevant =
        ["Content-Type", "Content-Length", "Content-Disposition", "Retry-After", CallId, "Location"];
}
