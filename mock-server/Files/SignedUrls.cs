using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// Short-lived storage links, like the object-storage URLs production redirects file downloads to:
/// <c>/storage/{id}?expires={unix seconds}&amp;signature={HMAC-SHA256 hex}</c>. Expiry is read from the
/// injected <see cref="TimeProvider"/>, so tests can move time forward.
/// </summary>
internal sealed class SignedUrls(IOptions<MockServerOptions> options, TimeProvider clock)
{
    // A fresh key per process: links are meant to die with the mock, and nobody can forge one meanwhile.
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);
    private readonly int lifetimeSeconds = options.Value.SignedUrlLifetimeSeconds;

    public enum Verdict
    {
        Valid,
        Invalid,
        Expired,
    }

    /// <summary>The signed link to a job's audio, on the host the request came to.</summary>
    public string Create(HttpRequest request, string jobId)
    {
        var expires = clock.GetUtcNow().ToUnixTimeSeconds() + lifetimeSeconds;
        var signature = Convert.ToHexStringLower(Sign(jobId, expires));
        return Links.Origin(request) + StorageEndpoint.Path + "/" + Uri.EscapeDataString(jobId)
            + "?expires=" + expires.ToString(CultureInfo.InvariantCulture) + "&signature=" + signature;
    }

    public Verdict Check(string jobId, string? expiresText, string? signatureText)
    {
        if (!long.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || signatureText is not { Length: 64 }
            || !TryFromHex(signatureText, out var signature))
        {
            return Verdict.Invalid;
        }

        // Check the signature before the time, so a forged link never learns whether its expiry would pass.
        if (!CryptographicOperations.FixedTimeEquals(signature, Sign(jobId, expires)))
        {
            return Verdict.Invalid;
        }

        return clock.GetUtcNow().ToUnixTimeSeconds() > expires ? Verdict.Expired : Verdict.Valid;
    }

    private byte[] Sign(string jobId, long expires) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(jobId + "\n" + expires.ToString(CultureInfo.InvariantCulture)));

    private static bool TryFromHex(string text, out byte[] bytes)
    {
        bytes = new byte[text.Length / 2];
        return Convert.FromHexString(text, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == bytes.Length;
    }
}
