using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// Guards <c>/__admin</c> with <c>x-admin-key</c> when <see cref="MockServerOptions.AdminKey"/> is set (401 otherwise);
/// with no admin key the admin API is open, as suits a mock on localhost. The key is never logged or journaled.
/// </summary>
internal sealed class AdminKeyMiddleware(RequestDelegate next, IOptions<MockServerOptions> options)
{
    public const string Header = "x-admin-key";
    public const string Unauthorized = "Unauthorized: a valid x-admin-key header is required";

    private readonly SecretMatcher? key = options.Value.AdminKey is { Length: > 0 } adminKey ? new SecretMatcher(adminKey) : null;

    public Task InvokeAsync(HttpContext context) =>
        key is null || !AdminEndpoints.Covers(context.Request.Path) || key.Matches(context.Request.Headers[Header])
            ? next(context)
            : GladiaErrors.WriteAsync(context, StatusCodes.Status401Unauthorized, Unauthorized);
}
