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
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length < 2)
            {
                continue;
            }

            var (name, value) = (pair[0], pair[1]);
            if (name.Equals("filename*", StringComparison.OrdinalIgnoreCase))
            {
                // filename*=UTF-8''name%20with%20spaces: the name follows the charset and language.
                return Uri.UnescapeDataString(value.Split("''", 2)[^1]);
            }

            if (name.Equals("filename", StringComparison.OrdinalIgnoreCase))
            {
                plain = value.Trim('"');
            }
        }

        return string.IsNullOrEmpty(plain) ? Option<string>.None : plain;
    }
}
