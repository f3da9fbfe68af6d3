namespace PreRecordedFx.MockServer.Wire;

/// <summary>
/// Gives Gladia's error body to the answers ASP.NET produces with an empty body: unknown routes (404) and
/// known paths with the wrong method (405).
/// </summary>
internal sealed class ErrorBodyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;
        if (response.HasStarted || response.StatusCode < 400 || response.ContentLength is not null || response.ContentType is not null)
        {
            return;
        }

        var message = response.StatusCode switch
        {
            StatusCodes.Status404NotFound => GladiaErrors.NotFound,
            StatusCodes.Status405MethodNotAllowed => "Method not allowed",
            _ => "Request failed",
        };
        await GladiaErrors.WriteAsync(context, response.StatusCode, message);
    }
}
