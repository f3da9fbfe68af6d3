using System.Text;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Reads the file name from a <c>Content-Disposition</c> header (RFC 6266), preferring <c>filename*</c>.</summary>
internal static class ContentDisposition
{
    public static Option<string> FileName(string header)
    {
        string? plain = null;
        var at = 0;
        while (NextParameter(header, ref at) is var (name, value))
        {
            if (name.Equals("filename*", StringComparison.OrdinalIgnoreCase))
            {
                // filename*=UTF-8''name%20with%20spaces: the name follows the charset and language.
                return Uri.UnescapeDataString(value.Split("''", 2)[^1]);
            }

            if (name.Equals("filename", StringComparison.OrdinalIgnoreCase))
            {
                plain = value;
            }
        }

        return string.IsNullOrEmpty(plain) ? Option<string>.None : plain;
    }

    /// <summary>
    /// The next <c>name=value</c> from <paramref name="at"/> on, skipping the disposition type and anything without
    /// a value. A quoted value may hold <c>;</c> and <c>\"</c> (RFC 9110 quoted-string), so it is read to its closing quote.
    /// </summary>
    private static (string Name, string Value)? NextParameter(string header, ref int at)
    {
        while (at < header.Length)
        {
            var end = header.IndexOf(';', at);
            var segmentEnd = end < 0 ? header.Length : end;
            var equals = header.IndexOf('=', at, segmentEnd - at);
            if (equals < 0)
            {
                at = segmentEnd + 1;
                continue;
            }

            var name = header[at..equals].Trim();
            var valueStart = equals + 1;
            while (valueStart < header.Length && header[valueStart] == ' ')
            {
                valueStart++;
            }

            if (valueStart < header.Length && header[valueStart] == '"')
            {
                var value = Quoted(header, valueStart + 1, out var afterQuote);
                var next = header.IndexOf(';', Math.Min(afterQuote, header.Length));
                at = next < 0 ? header.Length : next + 1;
                return (name, value);
            }

            at = segmentEnd + 1;
            return (name, header[valueStart..segmentEnd].Trim());
        }

        return null;
    }

    private static string Quoted(string header, int start, out int afterQuote)
    {
        var text = new StringBuilder();
        var i = start;
        while (i < header.Length && header[i] != '"')
        {
            if (header[i] == '\\' && i + 1 < header.Length)
            {
                i++;
            }

            text.Append(header[i]);
            i++;
        }

        afterQuote = i + 1;
        return text.ToString();
    }
}
