using LanguageExt;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace PreRecordedFx.AspNetCore;

/// <summary>
/// One request to the mapped endpoint: the token first (before any byte of the body is read), then the body within
/// its limit, then the parser, then the handler. Each refusal is a problem answer with a status Gladia's side can
/// act on: 401, 413, 400 with the parse error, 500 when the handler failed (so the sender may try again).
/// </summary>
internal sealed class GladiaCallbackReceiver(Func<GladiaEvent, HttpContext, Task> handler, long maxBodyBytes, string? secretToken, string secretTokenParameter)
{
    private readonly SecretToken? token = secretToken is null ? null : new SecretToken(secretToken);

    public async Task HandleAsync(HttpContext context)
    {
        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(ReceiverLog.Category) ?? NullLogger.Instance;
        if (token is not null && !token.Accepts(context.Request.Query[secretTokenParameter]))
        {
            ReceiverLog.WrongToken(logger);
            await Problem(context, StatusCodes.Status401Unauthorized, "the secret token is missing or wrong").ConfigureAwait(false);
            return;
        }

        var read = await ReadAsync(context).ConfigureAwait(false);
        await read.Match(
            Some: parsed => parsed.Match(
                Right: gladiaEvent => HandleAsync(context, gladiaEvent, logger),
                Left: error =>
                {
                    var reason = error is PreRecordedError.MalformedResponse malformed ? malformed.Reason : error.Message;
                    ReceiverLog.Malformed(logger, reason);
                    return Problem(context, StatusCodes.Status400BadRequest, reason);
                }),
            None: () =>
            {
                ReceiverLog.TooLarge(logger, maxBodyBytes);
                return Problem(context, StatusCodes.Status413PayloadTooLarge, $"the body is larger than {maxBodyBytes} bytes");
            }).ConfigureAwait(false);
    }

    private async Task<Option<Either<PreRecordedError, GladiaEvent>>> ReadAsync(HttpContext context)
    {
        // The server's own limit (Kestrel's default is about 28.6 MiB) gives way to ours, which the reading enforces:
        // Kestrel counted a chunked body of exactly its limit as too large (seen in a test). A declared length past
        // ours is refused before this, and the server drains that body under its own limit.
        if (!(context.Request.ContentLength > maxBodyBytes)
            && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } serverLimit)
        {
            serverLimit.MaxRequestBodySize = null;
        }

        try
        {
            return await LimitedBody.ReadEventAsync(context.Request.BodyReader, context.Request.ContentLength, maxBodyBytes, context.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A server whose limit could not be lifted (its feature read-only) refused the body first.
            return Option<Either<PreRecordedError, GladiaEvent>>.None;
        }
    }

    private async Task HandleAsync(HttpContext context, GladiaEvent gladiaEvent, ILogger logger)
    {
        ReceiverLog.Received(logger, gladiaEvent.Name);
        try
        {
            await handler(gladiaEvent, context).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && context.RequestAborted.IsCancellationRequested))
        {
            ReceiverLog.HandlerFailed(logger, gladiaEvent.Name, e);
            if (!context.Response.HasStarted)
            {
                await Problem(context, StatusCodes.Status500InternalServerError, "the handler failed").ConfigureAwait(false);
            }

            return;
        }

        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
        }
    }

    private static Task Problem(HttpContext context, int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: "The Gladia event was not accepted").ExecuteAsync(context);
}
