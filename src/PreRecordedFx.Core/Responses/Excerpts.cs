using System.Text;

namespace PreRecordedFx;

/// <summary>A short, printable start of a body, so an error shows what arrived without carrying megabytes.</summary>
internal static class Excerpts
{
    public const int MaxChars = 200;

    public static string Of(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return string.Empty;
        }

        // Decoding a few more bytes than characters is enough: UTF-8 uses at most four per character.
        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, MaxChars * 4)]);
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            // Cutting before a high surrogate keeps the pair whole: a lone half is not text any log can encode.
            if (builder.Length == MaxChars || (builder.Length == MaxChars - 1 && char.IsHighSurrogate(c)))
            {
                return builder.Append('…').ToString();
            }

            builder.Append(char.IsControl(c) && c is not '\n' ? ' ' : c);
        }

        return builder.ToString();
    }
}
