using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace PreRecordedFx.MockServer.Wire;

/// <summary>
/// Checks a header against a secret (the API key, the admin key). Comparing digests keeps the comparison's time
/// independent of both the content and the length of the secret.
/// </summary>
internal sealed class SecretMatcher(string secret)
{
    private readonly byte[] expectedDigest = SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Whether exactly one non-empty value was sent and it is the secret.</summary>
    public bool Matches(StringValues values)
    {
        if (values.Count != 1 || values[0] is not { Length: > 0 } value)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return CryptographicOperations.FixedTimeEquals(digest, expectedDigest);
    }
}
