using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Seeding;

namespace PreRecordedFx.MockServer.Wire;

/// <summary>
/// Stamps every response with <c>x-aipi-call-id</c>, as Gladia does. Ids follow the seed and the request
/// order (counted since start or the last admin reset), so a replayed session gets the same ids.
/// </summary>
internal sealed class CallIdMiddleware(RequestDelegate next, IOptions<MockServerOptions> options, CallIdMiddleware.Counter counter)
{
    public const string Header = "x-aipi-call-id";

    private readonly int seed = options.Value.Seed;
    public Task InvokeAsync(HttpContext context)
    {
        var n = counter.Next();
        var high = Hashing.Mix(seed, n, 0xCA11);
        var low = Hashing.Mix(seed, n, 0x1D5);
        var bytes = new byte[16];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), high);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), low);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var callId = new Guid(bytes, bigEndian: true).ToString("D");
        context.Items[Header] = callId;
        context.Response.Headers[Header] = callId;
        return next(context);
    }

    /// <summary>The call id of the request being answered.</summary>
    public static string Of(HttpContext context) =>
        context.Items.TryGetValue(Header, out var id) && id is string text ? text : "00000000-0000-4000-8000-000000000000";

    /// <summary>The number of requests answered since start or the last reset.</summary>
    internal sealed class Counter
    {
        private long count;

        public long Next() => Interlocked.Increment(ref count);

        public void Reset() => Interlocked.Exchange(ref count, 0);
    }
}
