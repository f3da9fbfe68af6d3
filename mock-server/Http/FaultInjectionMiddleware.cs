using System.Globalization;
using Microsoft.Extensions.Options;

namespace PreRecordedFx.MockServer.Http;

/// <summary>
/// Opt-in faults for exercising a client's retry and error paths: latency, a fixed-window rate limit (429
/// with <c>Retry-After</c>), a share of 5xx answers and a share of truncated bodies. Which request gets a
/// fault follows the seed and the request count, never a shared random generator.
/// </summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, IOptions<MockServerOptions> options, TimeProvider clock)
{
    private const ulong ErrorSalt = 0xE77;
    private const ulong TruncateSalt = 0x7C;
    private static readonly int[] ServerErrors = [500, 502, 503];

    private readonly MockServerOptions settings = options.Value;
    private readonly Lock windowLock = new();
    private long counter;
    private long windowStart = long.MinValue;
    private int windowCount;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/openapi", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var n = Interlocked.Increment(ref counter);
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.LatencyMs), context.RequestAborted);
        }

        if (settings.RateLimit > 0 && !Admit())
        {
            context.Response.Headers.RetryAfter = settings.RetryAfter.ToString(CultureInfo.InvariantCulture);
            await GladiaErrors.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests");
            return;
        }

        if (settings.ErrorRate > 0 && Hashing.Unit(settings.Seed, n, ErrorSalt) < settings.ErrorRate)
        {
            var status = ServerErrors[(int)(Hashing.Mix(settings.Seed, n, ErrorSalt + 1) % (ulong)ServerErrors.Length)];
            await GladiaErrors.WriteAsync(context, status, "Internal server error (injected by the mock)");
            return;
        }

        if (settings.TruncateRate > 0 && Hashing.Unit(settings.Seed, n, TruncateSalt) < settings.TruncateRate)
        {
            await TruncatingStream.RunAsync(context, next);
            return;
        }

        await next(context);
    }

    // A fixed window: at most RateLimit requests per RateLimitWindowSeconds, measured on the injected clock.
    private bool Admit()
    {
        var window = clock.GetUtcNow().ToUnixTimeSeconds() / settings.RateLimitWindowSeconds;
        lock (windowLock)
        {
            if (window != windowStart)
            {
                windowStart = window;
                windowCount = 0;
            }

            return ++windowCount <= settings.RateLimit;
        }
    }
}
