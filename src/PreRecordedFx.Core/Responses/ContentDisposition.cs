using LanguageExt;

namespace PreRecordedFx;

/// <summary>Reads the file name from a <c>Content-Disposition</c> header (RFC 6266), preferring <c>filename*</c>.</summary>
internal static class ContentDisposition
{
    public static Option<string> FileName(string header)
    {
        string? plain = null;
        foreach (var part in header.Split(';'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name.Equals("filename*", StringComparison.OrdinalIgnoreCase))
            {
                // filename*=UTF-8''name%20with%20spaces
                var quote = value.IndexOf("''", StringComparison.Ordinal);
                return Uri.UnescapeDataString(quote < 0 ? value : value[(quote + 2)..]);
            }

            if (name.Equals("filename", StringComparison.OrdinalIgnoreCase))
            {
                plain = value.Trim('"');
            }
        }

        return string.IsNullOrEmpty(plain) ? Option<string>.None : plain;
    }
}
