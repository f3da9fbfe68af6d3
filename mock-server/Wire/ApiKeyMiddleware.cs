using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Files;

namespace PreRecordedFx.MockServer.Wire;

/// <summary>
/// Requires <c>x-gladia-key</c> on every API path, as Gladia does: missing or wrong gives 401.
/// The OpenAPI document, signed storage URLs (which carry their own signature) and the admin API (which has its
/// own key) are open. The key is compared in constant time and never logged.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<MockServerOptions> options)
{
    public const string Header = "x-gladia-key";

    private readonly SecretMatcher key = new(options.Value.ApiKey);

    public Task InvokeAsync(HttpContext context)
    {
        if (IsOpen(context.Request.Path) || key.Matches(context.Request.Headers[Header]))
        {
            return next(context);
        }

        return GladiaErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, GladiaErrors.Unauthorized);
    }

    public static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/openapi", StringComparison.Ordinal)
        || path.StartsWithSegments(StorageEndpoint.Path, StringComparison.Ordinal)
        || AdminEndpoints.Covers(path);
}
