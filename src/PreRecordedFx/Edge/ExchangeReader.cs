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

    /// <summary>Reads the answer and keeps it: for error bodies that outlive the read.</summary>
    public static Task<Either<PreRecordedError, HttpExchange>> ReadAsync(
        HttpResponseMessage response, long maxBytes, TimeProvider time, CancellationToken cancellationToken) =>
        ReadAsync<HttpExchange>(
            response,
            maxBytes,
            time,
            exchange => new HttpExchange(exchange.StatusCode, exchange.Headers, exchange.Body.ToArray(), exchange.ReceivedAt),
            cancellationToken);

    /// <summary>
    /// Reads the answer into a pooled buffer and hands it to <paramref name="parse"/>, which must not keep the
    /// exchange (the core's parsers copy what they keep). The buffer is cleared and returned before this ends:
    /// a page of 100 jobs is about 70 KB, and a new array per page was a third of what walking a list allocated.
    /// </summary>
    public static async Task<Either<PreRecordedError, T>> ReadAsync<T>(
        HttpResponseMessage response,
        long maxBytes,
        TimeProvider time,
        Func<HttpExchange, Either<PreRecordedError, T>> parse,
        CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        var status = (int)response.StatusCode;
        var declared = response.Content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            return TooLarge(status, maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // Sized from Content-Length (one spare byte to see the end without growing).
            var buffer = ArrayPool<byte>.Shared.Rent(declared is long length ? (int)Math.Min(length + 1, maxBytes + 1) : ChunkSize);
            var written = 0;
            try
            {
                while (true)
                {
                    if (written == buffer.Length)
                    {
                        buffer = Grow(buffer, written);
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(written), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return parse(new HttpExchange(status, Headers(response), buffer.AsMemory(0, written), receivedAt));
                    }

                    written += read;
                    if (written > maxBytes)
                    {
                        return TooLarge(status, maxBytes);
                    }
                }
            }
            finally
            {
                Return(buffer, written);
            }
        }
    }

    /// <summary>The exchange without its body: for a file's 2xx answer, whose body is streamed, not read here.</summary>
    public static HttpExchange Head(HttpResponseMessage response, TimeProvider time) =>
        new((int)response.StatusCode, Headers(response), ReadOnlyMemory<byte>.Empty, time.GetUtcNow());

    public static PreRecordedError TooLarge(int status, long maxBytes) =>
        new PreRecordedError.MalformedResponse(status, $"the body is larger than MaxResponseBytes ({maxBytes} bytes)", string.Empty);

    private static byte[] Grow(byte[] full, int written)
    {
        var larger = ArrayPool<byte>.Shared.Rent(checked(full.Length * 2));
        full.AsSpan(0, written).CopyTo(larger);
        Return(full, written);
        return larger;
    }

    // Cleared first: the pool is shared with the whole process, and a body may hold a transcript.
    private static void Return(byte[] buffer, int written)
    {
        buffer.AsSpan(0, written).Clear();
        ArrayPool<byte>.Shared.Return(buffer);
    }

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
