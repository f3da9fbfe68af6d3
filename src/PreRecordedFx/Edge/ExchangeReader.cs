using System.Buffers;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Turns a response into the core's <see cref="HttpExchange"/>: status, the headers the parsers read, and the body
/// read with a size cap. A body over the cap is refused (as <see cref="PreRecordedError.MalformedResponse"/>)
/// without being buffered: a declared length is refused before reading, a chunked one as soon as it passes the cap.
/// </summary>
internal static class ExchangeReader
{
    private const int ChunkSize = 16 * 1024;

    public static async Task<Either<PreRecordedError, HttpExchange>> ReadAsync(
        HttpResponseMessage response, long maxBytes, TimeProvider time, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var status = (int)response.StatusCode;
        if (response.Content.Headers.ContentLength is long declared && declared > maxBytes)
        {
            return TooLarge(status, maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // Sized from Content-Length (one spare byte to see the end): a 5 KB job costs 5 KB, not 48.
            var declaredLength = response.Content.Headers.ContentLength;
            var body = new ArrayBufferWriter<byte>(declaredLength is long length ? (int)Math.Min(length + 1, maxBytes + 1) : ChunkSize);
            while (true)
            {
                // No size hint: the buffer grows only when it is full.
                var read = await stream.ReadAsync(body.GetMemory(), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return new HttpExchange(status, Headers(response), body.WrittenMemory, receivedAt);
                }

                body.Advance(read);
                if (body.WrittenCount > maxBytes)
                {
                    return TooLarge(status, maxBytes);
                }
            }
        }
    }

    /// <summary>The exchange without its body: for a file's 2xx answer, whose body is streamed, not read here.</summary>
    public static HttpExchange Head(HttpResponseMessage response, TimeProvider time) =>
        new((int)response.StatusCode, Headers(response), ReadOnlyMemory<byte>.Empty, time.GetUtcNow());

    public static PreRecordedError TooLarge(int status, long maxBytes) =>
        new PreRecordedError.MalformedResponse(status, $"the body is larger than MaxResponseBytes ({maxBytes} bytes)", string.Empty);

    private static List<KeyValuePair<string, string>> Headers(HttpResponseMessage response)
    {
        // NonValidated: a hostile header value must reach the parsers as text, not throw here.
        var headers = new List<KeyValuePair<string, string>>(GladiaHeaders.Relevant.Length);
        foreach (var name in GladiaHeaders.Relevant)
        {
            if (response.Headers.NonValidated.TryGetValues(name, out var values)
                || response.Content.Headers.NonValidated.TryGetValues(name, out values))
            {
                headers.Add(new(name, string.Join(", ", values)));
            }
        }

        return headers;
    }
}
