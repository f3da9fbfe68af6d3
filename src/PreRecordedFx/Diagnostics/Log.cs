using Microsoft.Extensions.Logging;

namespace PreRecordedFx;

/// <summary>Source-generated log messages. None takes the key; targets are built by <see cref="RequestLoggingHandler"/>.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Target} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void Answered(ILogger logger, string method, string target, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "HTTP {Method} {Target} failed after {ElapsedMs:0.0} ms: {Reason}")]
    public static partial void Failed(ILogger logger, string method, string target, double elapsedMs, string reason);
}
