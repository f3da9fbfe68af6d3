namespace PreRecordedFx.MockServer.Seeding;

/// <summary>
/// SplitMix64: turns (seed, counter) into well-spread bits, so per-request choices are deterministic for a
/// seed and a request order without any shared <see cref="Random"/>.
/// </summary>
internal static class Hashing
{
    public static ulong Mix(long seed, long counter, ulong salt)
    {
        var z = unchecked(((ulong)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)counter + salt));
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, 1) for a share check such as "answer 5 % of requests with a 503".</summary>
    public static double Unit(long seed, long counter, ulong salt) => (Mix(seed, counter, salt) >> 11) * (1.0 / (1UL << 53));

    /// <summary>A stable number for a text (FNV-1a), unlike <see cref="string.GetHashCode()"/>, which changes per process.</summary>
    public static long Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 1099511628211UL);
        }

        return unchecked((long)hash);
    }
}
