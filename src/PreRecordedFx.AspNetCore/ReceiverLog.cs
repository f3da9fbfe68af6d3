using Microsoft.Extensions.Logging;

namespace PreRecordedFx.AspNetCore;

/// <summary>What the receiver logs: outcomes and event names, never a body, a query or a token.</summary>
internal static partial class ReceiverLog
{
    public const string Category = "PreRecordedFx.AspNetCore.GladiaCallbacks";

    [LoggerMessage(1, LogLevel.Debug, "Received a Gladia {EventName} event")]
    public static partial void Received(ILogger logger, string eventName);

    [LoggerMessage(2, LogLevel.Warning, "Refused a Gladia event without the right secret token")]
    public static partial void WrongToken(ILogger logger);

    [LoggerMessage(3, LogLevel.Warning, "Refused a Gladia event larger than {MaxBodyBytes} bytes")]
    public static partial void TooLarge(ILogger logger, long maxBodyBytes);

    [LoggerMessage(4, LogLevel.Warning, "Refused a malformed Gladia event: {Reason}")]
    public static partial void Malformed(ILogger logger, string reason);

    [LoggerMessage(5, LogLevel.Error, "The handler of a Gladia {EventName} event failed")]
    public static partial void HandlerFailed(ILogger logger, string eventName, Exception exception);
}
