using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace PreRecordedFx.MockServer.Http;

/// <summary>
/// Requires <c>x-gladia-key</c> on every API path, as Gladia does: missing or wrong gives 401.
/// The OpenAPI document and signed storage URLs (which carry their own signature) are open.
/// The key is compared in constant time and never logged.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<MockServerOptions> options)
{
    public const string Header = "x-gladia-key";

    // Comparing digests keeps the comparison's time independent of both the content and the length of the key.
    private readonly byte[] expectedDigest = SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.ApiKey));

    public Task InvokeAsync(HttpContext context)
    {
        if (IsOpen(context.Request.Path) || IsAuthorised(context.Request.Headers[Header]))
        {
            return next(context);
        }

        return GladiaErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, GladiaErrors.Unauthorized);
    }

    public static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/openapi", StringComparison.Ordinal)
        || path.StartsWithSegments(Endpoints.StorageEndpoint.Path, StringComparison.Ordinal);

    private bool IsAuthorised(Microsoft.Extensions.Primitives.StringValues keys)
    {
        if (keys.Count != 1 || keys[0] is not { Length: > 0 } key)
        {
            return false;
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return CryptographicOperations.FixedTimeEquals(digest, expectedDigest);
    }
}
