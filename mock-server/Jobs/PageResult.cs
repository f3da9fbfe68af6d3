using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// A page written from the jobs' pre-serialised bytes: <c>{"first":…,"current":…,"next":…,"items":[</c>,
/// the jobs joined by commas, <c>]}</c>. Nothing is serialised per request but the three links, and the whole
/// body goes through the response's pipe with a single flush.
/// </summary>
internal sealed class PageResult(string first, string current, string? next, IReadOnlyList<StoredJob> items) : IResult
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The head must be measured before the body starts (Content-Length goes out with the headers), so it is
    // written to a buffer first; one per thread, reused, as it is copied out before the first await.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? headBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? headWriter;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var head = Head();
        long length = head.Length + "]}"u8.Length + Math.Max(0, items.Count - 1);
        for (var i = 0; i < items.Count; i++)
        {
            length += items[i].Json.Length;
        }

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonBytesResult.ContentType;
        response.ContentLength = length;

        var body = response.BodyWriter;
        body.Write(head);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                body.Write(","u8);
            }

            body.Write(items[i].Json);
        }

        body.Write("]}"u8);
        return body.FlushAsync(httpContext.RequestAborted).AsTask();
    }

    /// <summary><c>{"first":…,"current":…,"next":…,"items":[</c>, valid until the next call on this thread.</summary>
    private ReadOnlySpan<byte> Head()
    {
        var buffer = headBuffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = headWriter ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);

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
        buffer.Write("["u8);
        return buffer.WrittenSpan;
    }
}
