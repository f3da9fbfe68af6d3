using System.Diagnostics;

namespace PreRecordedFx.Tests;

/// <summary>
/// The system clock, moved forward on demand: a test can let time "pass" inside a call (as if a request had been slow)
/// without sleeping. Timers stay real, so a budget still runs out in real time if the code waits for it.
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    private long shiftTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref shiftTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref shiftTicks));

    public override long GetTimestamp() =>
        System.GetTimestamp() + (Interlocked.Read(ref shiftTicks) * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
}
