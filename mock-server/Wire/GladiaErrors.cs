using System.Text.Json;

namespace PreRecordedFx.MockServer.Wire;

/// <summary>Writes Gladia's error body: <c>{timestamp, path, request_id, statusCode, message}</c>, plus <c>validation_errors</c> on 400.</summary>
internal static class GladiaErrors
{
    public const string NotFound = "Not found";
    public const string Unauthorized = "Unauthorized: a valid x-gladia-key header is required";

    /// <summary>The error as a minimal-API result.</summary>
    public static IResult Result(int statusCode, string message, IReadOnlyList<string>? validationErrors = null) =>
        new ErrorResult(statusCode, message, validationErrors);

    /// <summary>Writes the error straight to the response (middleware that runs outside endpoints).</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string message, IReadOnlyList<string>? validationErrors = null)
    {
        var clock = context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        var body = new GladiaErrorBody(
            WireJson.Instant(clock.GetUtcNow()),
            // The escaped form is plain ASCII whatever the path held, so it always serialises.
            context.Request.PathBase.Add(context.Request.Path).ToUriComponent(),
            "G-" + CallIdMiddleware.Of(context)[..8],
            statusCode,
            message,
            validationErrors);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, WireJson.ErrorBody);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    private sealed class ErrorResult(int statusCode, string message, IReadOnlyList<string>? validationErrors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, statusCode, message, validationErrors);
    }
}
