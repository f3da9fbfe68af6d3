using System.Globalization;
using System.Text;

namespace PreRecordedFx;

/// <summary>
/// Splits text into lines no longer than a limit, at spaces where there are spaces. Text written without spaces
/// (Chinese, Japanese) is cut between characters; a character is a text element, so a surrogate pair, an emoji or a
/// letter with its combining marks is never cut in two. Right-to-left text keeps its logical order: nothing is reversed.
/// </summary>
public static class LineBreaker
{
    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="maxLength"/> text elements.</summary>
    /// <param name="text">The text; runs of white space count as one space.</param>
    /// <param name="maxLength">The longest line, at least 1.</param>
    /// <returns>The lines, none empty; no line for blank text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is below 1.</exception>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var lines = new List<string>();
        var line = new StringBuilder();
        var lineLength = 0;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var wordLength = new StringInfo(word).LengthInTextElements;
            if (lineLength > 0 && lineLength + 1 + wordLength <= maxLength)
            {
                line.Append(' ').Append(word);
                lineLength += 1 + wordLength;
                continue;
            }

            Flush(lines, line);
            lineLength = 0;
            foreach (var piece in Pieces(word, wordLength, maxLength))
            {
                Flush(lines, line);
                line.Append(piece.Text);
                lineLength = piece.Length;
            }
        }

        Flush(lines, line);
        return lines;
    }

    // A word longer than a line is cut into full lines of text elements; the last piece may take more words.
    private static IEnumerable<(string Text, int Length)> Pieces(string word, int wordLength, int maxLength)
    {
        if (wordLength <= maxLength)
        {
            yield return (word, wordLength);
            yield break;
        }

        var elements = StringInfo.GetTextElementEnumerator(word);
        var piece = new StringBuilder();
        var count = 0;
        while (elements.MoveNext())
        {
            if (count == maxLength)
            {
                yield return (piece.ToString(), count);
                piece.Clear();
                count = 0;
            }

            piece.Append(elements.GetTextElement());
            count++;
        }

        yield return (piece.ToString(), count);
    }

    private static void Flush(List<string> lines, StringBuilder line)
    {
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
            line.Clear();
        }
    }
}
