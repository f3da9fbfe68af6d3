using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace PreRecordedFx.AspNetCore;

/// <summary>
/// Checks the secret token of a request. Both sides are hashed first, so the comparison takes the same time
/// whatever the given value's length and however much of it matches.
/// </summary>
internal sealed class SecretToken(string expected)
{
    private readonly byte[] expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected));

    /// <summary>Whether the query's values are exactly one, equal to the expected token.</summary>
    public bool Accepts(StringValues given) =>
        given.Count == 1
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given[0] ?? string.Empty)), expectedHash);
}
