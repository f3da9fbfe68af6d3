namespace PreRecordedFx.MockServer.Hosting;

/// <summary>The known name a mistyped one most likely meant (<c>--job</c> → <c>--jobs</c>).</summary>
internal static class Suggestions
{
    /// <summary>The candidate within two edits of <paramref name="typed"/>, the nearest first; null when none is that close.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates) =>
        candidates
            .Select(candidate => (candidate, distance: EditDistance(typed.ToLowerInvariant(), candidate)))
            .Where(pair => pair.distance <= 2)
            .OrderBy(pair => pair.distance)
            .Select(pair => pair.candidate)
            .FirstOrDefault();

    // Levenshtein distance, two rows at a time.
    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
