using System.Net;
using System.Net.Http.Headers;

namespace PreRecordedFx.Benchmarks.Fixtures;

/// <summary>
/// The transport both sides of a client benchmark share: it answers from memory, so a ratio measures what the
/// code above the transport costs, not the network.
/// </summary>
public sealed class FixedBytesHandler(byte[] body, string contentType) : HttpMessageHandler
{
    private readonly MediaTypeHeaderValue type = MediaTypeHeaderValue.Parse(contentType);

    /// <summary>How many requests it has answered (a check that a benchmark really went through it).</summary>
    public long Requests { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        return Task.FromResult(Respond(request, body, type));
    }

    internal static HttpResponseMessage Respond(HttpRequestMessage request, byte[] body, MediaTypeHeaderValue type)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = type;
        content.Headers.ContentLength = body.Length;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}

/// <summary>Serves pre-built list pages, chosen by the request's <c>offset</c> (pages of a fixed size).</summary>
public sealed class PagesHandler(IReadOnlyList<byte[]> pages, int pageSize) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var query = request.RequestUri!.Query.AsSpan();
        var at = query.IndexOf("offset=", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("no offset in " + request.RequestUri);
        }

        var digits = query[(at + "offset=".Length)..];
        var end = digits.IndexOf('&');
        var offset = int.Parse(end < 0 ? digits : digits[..end], System.Globalization.CultureInfo.InvariantCulture);
        return Task.FromResult(FixedBytesHandler.Respond(request, pages[offset / pageSize], Json));
    }
}

/// <summary>Answers every request with a generated audio body of a given length, never held in memory.</summary>
public sealed class GeneratedFileHandler(long length) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new GeneratedStream(length));
        content.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        content.Headers.ContentLength = length;
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "meeting.wav" };
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
