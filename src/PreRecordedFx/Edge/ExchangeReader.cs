using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Turns a response into the core's <see cref="HttpExchange"/>: status, the headers the parsers read, and the body
/// read with a size cap. A body over the cap is refused (as <see cref="PreRecordedError.MalformedResponse"/>)
/// without being buffered: a declared length is refused before reading, a chunked one as soon as it passes the cap.
/// </summary>
internal static class ExchangeReader
{
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
    /// Reads the answer into a <see cref="BodyBuffer"/> (pooled up to 4 MiB) and hands it to <paramref name="parse"/>,
    /// which must not keep the exchange (the core's parsers copy what they keep). The pooled part is cleared and returned
    /// before this ends: a new array per page was a large share of what walking a list allocated (see benchmarks/README.md).
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
            using var body = new BodyBuffer(declared, maxBytes);
            while (true)
            {
                var read = await stream.ReadAsync(body.Free(), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return parse(new HttpExchange(status, Headers(response), body.Contents(), receivedAt));
                }

                body.Advance(read);
                if (body.Written > maxBytes)
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
