using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// An HTTP answer as plain data, which is all the parsers read: the edge builds it, tests write it by hand.
/// Header names are matched without regard to case.
/// </summary>
public sealed record HttpExchange
{
    private readonly Dictionary<string, string> headers;

    /// <summary>Creates an exchange.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="headers">Response and content headers (multiple values joined by <c>", "</c>).</param>
    /// <param name="body">The body bytes (empty when none was read).</param>
    /// <param name="receivedAt">When the answer arrived, to resolve a <c>Retry-After</c> date.</param>
    public HttpExchange(int statusCode, IEnumerable<KeyValuePair<string, string>> headers, ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        StatusCode = statusCode;
        this.headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            // HTTP allows a header to repeat (in any case); its values are one comma-separated list.
            this.headers[name] = this.headers.TryGetValue(name, out var earlier) ? earlier + ", " + value : value;
        }
        Body = body;
        ReceivedAt = receivedAt;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The headers, case-insensitive.</summary>
    public IReadOnlyDictionary<string, string> Headers => headers;

    /// <summary>The body bytes.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>When the answer arrived.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>One header's value, if present.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns>The value, or <c>None</c>.</returns>
    public Option<string> Header(string name) =>
        headers.TryGetValue(name, out var value) ? value : Option<string>.None;
}
