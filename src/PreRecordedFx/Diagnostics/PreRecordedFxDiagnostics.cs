namespace PreRecordedFx;

/// <summary>Names to subscribe to for traces and logs.</summary>
/// <example><code>
/// builder.Services.AddOpenTelemetry().WithTracing(t => t.AddSource(PreRecordedFxDiagnostics.ActivitySourceName));
/// </code></example>
public static class PreRecordedFxDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one span per operation (get, list, next-page, file, delete).</summary>
    public const string ActivitySourceName = "PreRecordedFx";

    /// <summary>The logger category of the per-request log lines.</summary>
    public const string LoggerCategory = "PreRecordedFx.Http";
}
