using System.Buffers;

namespace PreRecordedFx;

/// <summary>
/// Percent-encodes query parameters in one pass into a stack buffer (a pooled one when it does not fit), so a
/// request's URL costs one string rather than a builder and an escaped copy of every name and value.
/// </summary>
internal static class QueryEncoder
{
    // A list request with every filter and a few metadata pairs needs about 250 characters.
    private const int StackChars = 512;

    /// <summary><c>path?name=value&amp;…</c>, or just <c>name=value&amp;…</c> when <paramref name="path"/> is <c>null</c>.</summary>
    public static string Encode(string? path, IReadOnlyList<QueryParameter> query)
    {
        Span<char> buffer = stackalloc char[StackChars];
        char[]? rented = null;
        try
        {
            int length;
            while (!TryWrite(path, query, buffer, out length))
            {
                var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
                if (rented is not null)
                {
                    ArrayPool<char>.Shared.Return(rented);
                }

                buffer = rented = larger;
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool TryWrite(string? path, IReadOnlyList<QueryParameter> query, Span<char> destination, out int written)
    {
        written = 0;
        var at = 0;
        if (path is not null)
        {
            if (!TryAppend(path, destination, ref at) || !TryAppend('?', destination, ref at))
            {
                return false;
            }
        }

        for (var i = 0; i < query.Count; i++)
        {
            var parameter = query[i];
            if ((i > 0 && !TryAppend('&', destination, ref at))
                || !TryEscape(parameter.Name, destination, ref at)
                || !TryAppend('=', destination, ref at)
                || !TryEscape(parameter.Value, destination, ref at))
            {
                return false;
            }
        }

        written = at;
        return true;
    }

    private static bool TryEscape(string text, Span<char> destination, ref int at)
    {
        // Uri.EscapeDataString refused null; a span would quietly read it as empty.
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryEscapeDataString(text, destination[at..], out var written))
        {
            return false;
        }

        at += written;
        return true;
    }

    private static bool TryAppend(string text, Span<char> destination, ref int at)
    {
        if (!text.TryCopyTo(destination[at..]))
        {
            return false;
        }

        at += text.Length;
        return true;
    }

    private static bool TryAppend(char c, Span<char> destination, ref int at)
    {
        if (at >= destination.Length)
        {
            return false;
        }

        destination[at++] = c;
        return true;
    }
}
