namespace PreRecordedFx.MockServer.Http;

/// <summary>Answers with JSON that was serialised once, ahead of time.</summary>
internal sealed class JsonBytesResult(byte[] json) : IResult
{
    public const string ContentType = "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }
}
