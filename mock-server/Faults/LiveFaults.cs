using Microsoft.Extensions.Options;

namespace PreRecordedFx.MockServer.Faults;

/// <summary>
/// The faults in force now: the settings (<see cref="MockServerOptions.Faults"/> at start, replaceable through the admin API), the
/// request counter that decides deterministically which request gets a rate-based fault, the rate-limit window, and
/// the armed one-shot faults. <see cref="Reset"/> puts everything back as at start.
/// </summary>
internal sealed class LiveFaults(IOptions<MockServerOptions> options, TimeProvider clock)
{
    private readonly Lock stateLock = new();
    private readonly List<Armed> oneShots = [.. options.Value.Faults.OneShots.Select(fault => new Armed(fault))];
    private FaultSettings settings = options.Value.Faults with { OneShots = [] };
    private long counter;
    private long windowStart = long.MinValue;
    private int windowCount;

    public FaultSettings Settings => Volatile.Read(ref settings);

    /// <summary>The armed one-shot faults, each with the count it has left.</summary>
    public IReadOnlyList<OneShotFault> PendingOneShots
    {
        get
        {
            lock (stateLock)
            {
                return [.. oneShots.Select(armed => armed.Fault with { Count = armed.Remaining })];
            }
        }
    }

    /// <summary>This request's number, 1 for the first since start or reset.</summary>
    public long NextRequest() => Interlocked.Increment(ref counter);

    public void Replace(FaultSettings replacement)
    {
        lock (stateLock)
        {
            ReplaceWhileLocked(replacement);
        }
    }

    public void Arm(OneShotFault fault)
    {
        lock (stateLock)
        {
            oneShots.Add(new Armed(fault));
        }
    }

    public void Reset()
    {
        lock (stateLock)
        {
            ReplaceWhileLocked(options.Value.Faults);
            Interlocked.Exchange(ref counter, 0);
            windowCount = 0;
        }
    }

    /// <summary>The first armed one-shot fault aimed at this request, used up by one; <c>null</c> when none is.</summary>
    public OneShotFault? TakeOneShot(string method, string path)
    {
        lock (stateLock)
        {
            var index = oneShots.FindIndex(armed => armed.Fault.Matches(method, path));
            if (index < 0)
            {
                return null;
            }

            var armed = oneShots[index];
            if (--armed.Remaining == 0)
            {
                oneShots.RemoveAt(index);
            }

            return armed.Fault;
        }
    }

    // A fixed window: at most RateLimit requests per RateLimitWindowSeconds, measured on the injected clock.
    public bool Admit(FaultSettings current)
    {
        var window = clock.GetUtcNow().ToUnixTimeSeconds() / current.RateLimitWindowSeconds;
        lock (stateLock)
        {
            if (window != windowStart)
            {
                windowStart = window;
                windowCount = 0;
            }

            return ++windowCount <= current.RateLimit;
        }
    }

    private void ReplaceWhileLocked(FaultSettings replacement)
    {
        Volatile.Write(ref settings, replacement with { OneShots = [] });
        oneShots.Clear();
        oneShots.AddRange(replacement.OneShots.Select(fault => new Armed(fault)));
        windowStart = long.MinValue;
    }

    private sealed class Armed(OneShotFault fault)
    {
        public OneShotFault Fault { get; } = fault;

        public int Remaining { get; set; } = fault.Count;
    }
}
