using System.Text.Encodings.Web;
using System.Text.Json;
using PreRecordedFx.MockServer.Http;
using PreRecordedFx.MockServer.Store;

namespace PreRecordedFx.MockServer.Endpoints;

/// <summary>
/// A page written from the jobs' pre-serialised bytes: <c>{"first":…,"current":…,"next":…,"items":[</c>,
/// the jobs joined by commas, <c>]}</c>. Nothing is serialised per request but the three links.
/// </summary>
internal sealed class PageResult(string first, string current, string? next, IReadOnlyList<StoredJob> items) : IResult
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] Comma = ","u8.ToArray();
    private static readonly byte[] Closing = "]}"u8.ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var head = Head();
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonBytesResult.ContentType;
        response.ContentLength = head.Length + items.Sum(job => (long)job.Json.Length) + Math.Max(0, items.Count - 1) + Closing.Length;

        var body = response.Body;
        var cancel = httpContext.RequestAborted;
        await body.WriteAsync(head, cancel);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                await body.WriteAsync(Comma, cancel);
            }

            await body.WriteAsync(items[i].Json, cancel);
        }

        await body.WriteAsync(Closing, cancel);
    }

    private byte[] Head()
    {
        using var buffer = new MemoryStream(512);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("first", first);
            writer.WriteString("current", current);
            if (next is null)
            {
                writer.WriteNull("next");
            }
            else
            {
                writer.WriteString("next", next);
            }

            writer.WritePropertyName("items");
            writer.Flush();
        }

        buffer.Write("["u8);
        return buffer.ToArray();
    }
}
