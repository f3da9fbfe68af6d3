using System.Net;
using System.Text;
using System.Text.Json;

namespace PreRecordedFx.Tests;

/// <summary>Builds answers as Gladia sends them (and as it should not).</summary>
public static class Wire
{
    public static readonly Uri Api = new("https://api.test");

    public static string JobJson(Job? job = null) =>
        JsonSerializer.Serialize(job ?? PreRecordedModelFactory.DoneJob(), GladiaJsonContext.Default.Job);

    public static string PageJson(IReadOnlyList<Job> items, string? next, Uri? origin = null)
    {
        var root = (origin ?? Api).GetLeftPart(UriPartial.Authority);
        var first = new Uri(root + "/v2/pre-recorded?offset=0&limit=2");
        var page = new JobPage(first, first, items, next is null ? default : new Uri(next));
        return JsonSerializer.Serialize(page, GladiaJsonContext.Default.JobPage);
    }

    public static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    public static HttpResponseMessage Error(HttpStatusCode status, string message = "nope") =>
        Json($$"""{"timestamp":"2026-09-10T10:45:00.000Z","path":"/v2/pre-recorded","request_id":"G-821fe9df","statusCode":{{(int)status}},"message":"{{message}}"}""", status);

    public static HttpResponseMessage Audio(byte[] bytes, string contentType = "audio/wav")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new(contentType);
        content.Headers.ContentDisposition = new("attachment") { FileName = "\"audio.wav\"" };
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }

    public static HttpResponseMessage Redirect(string location, HttpStatusCode status = HttpStatusCode.Found)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Location = new Uri(location, UriKind.RelativeOrAbsolute);
        return response;
    }

    public static HttpResponseMessage Status(HttpStatusCode status) => Error(status, status.ToString());

    public static HttpResponseMessage WithRetryAfter(this HttpResponseMessage response, string value)
    {
        response.Headers.TryAddWithoutValidation("Retry-After", value);
        return response;
    }

    public static HttpResponseMessage Streamed(Stream body, string contentType, long? length = null)
    {
        var content = new StreamContent(body);
        content.Headers.ContentType = new(contentType);
        content.Headers.ContentLength = length;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content };
    }
}
