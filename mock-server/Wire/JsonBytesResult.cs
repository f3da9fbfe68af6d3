namespace PreRecordedFx.MockServer.Wire;

/// <summary>Answers with JSON that was serialised once, ahead of time.</summary>
internal sealed class JsonBytesResult(byte[] json, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }
}
