using System.Globalization;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Seeding;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Faults;

/// <summary>
/// Opt-in faults for exercising a client's retry and error paths: one-shot faults aimed at particular requests,
/// latency, a fixed-window rate limit (429 with <c>Retry-After</c>), a share of 5xx answers and a share of truncated
/// bodies. Which request gets a rate-based fault follows the seed and the request count, never a shared random
/// generator. The settings in force are <see cref="LiveFaults"/>'s, which the admin API can change.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, IOptions<MockServerOptions> options, LiveFaults faults)
{
    private const ulong ErrorSalt = 0xE77;
    private const ulong TruncateSalt = 0x7C;
    private static readonly int[] ServerErrors = [500, 502, 503];

    private readonly int seed = options.Value.Seed;

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/openapi", StringComparison.Ordinal) || AdminEndpoints.Covers(path))
        {
            await next(context);
            return;
        }

        var n = faults.NextRequest();
        if (faults.TakeOneShot(context.Request.Method, path.Value ?? "/") is { } oneShot)
        {
            await FireAsync(context, oneShot);
            return;
        }

        var settings = faults.Settings;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.LatencyMs), context.RequestAborted);
        }

        if (settings.RateLimit > 0 && !faults.Admit(settings))
        {
            context.Response.Headers.RetryAfter = settings.RetryAfter.ToString(CultureInfo.InvariantCulture);
            await GladiaErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests");
            return;
        }

        if (settings.ErrorRate > 0 && Hashing.Unit(seed, n, ErrorSalt) < settings.ErrorRate)
        {
            var status = ServerErrors[(int)(Hashing.Mix(seed, n, ErrorSalt + 1) % (ulong)ServerErrors.Length)];
            await GladiaErrors.WriteAsync(context, status, "Internal server error (injected by the mock)");
            return;
        }

        if (settings.TruncateRate > 0 && Hashing.Unit(seed, n, TruncateSalt) < settings.TruncateRate)
        {
            await TruncatingStream.RunAsync(context, next);
            return;
        }

        await next(context);
    }

    private async Task FireAsync(HttpContext context, OneShotFault fault)
    {
        if (fault.Truncate)
        {
            await TruncatingStream.RunAsync(context, next);
            return;
        }

        if (fault.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        }

        if (fault.Body is null)
        {
            await GladiaErrors.WriteAsync(context, fault.Status, $"Injected by the mock (one-shot fault, status {fault.Status})");
            return;
        }

        var bytes = System.Text.Encoding.UTF8.GetBytes(fault.Body);
        context.Response.StatusCode = fault.Status;
        context.Response.ContentType = JsonBytesResult.ContentType;
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
