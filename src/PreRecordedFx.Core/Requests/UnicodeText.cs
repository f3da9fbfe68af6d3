using System.Buffers;
using System.Text;

namespace PreRecordedFx;

/// <summary>Text that can go into a URL: percent-encoding needs UTF-8, and a lone surrogate has no UTF-8 form.</summary>
internal static class UnicodeText
{
    /// <summary>Whether every surrogate in the text is half of a pair.</summary>
    public static bool IsWellFormed(string text)
    {
        // Most text has no surrogate at all: one vectorised scan settles it before decoding rune by rune.
        var rest = text.AsSpan();
        var firstSurrogate = rest.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (firstSurrogate < 0)
        {
            return true;
        }

        rest = rest[firstSurrogate..];
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }
}
