using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Hosting;

/// <summary>
/// The last line of defence: a real bug still answers with Gladia's body and a 500. The tests assert that it
/// never fires; the log line (method and path only, never headers) helps find it when it does.
/// </summary>
internal sealed partial class UnhandledErrorMiddleware(RequestDelegate next, ILogger<UnhandledErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
#pragma warning disable CA1031 // Any exception at all must become Gladia's 500 body, not a bare connection reset.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogUnhandled(logger, exception, context.Request.Method, context.Request.Path);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }

            var callId = CallIdMiddleware.Of(context);
            context.Response.Clear();
            context.Response.Headers[CallIdMiddleware.Header] = callId;
            await GladiaErrors.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal server error");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error answering {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, PathString path);
}
