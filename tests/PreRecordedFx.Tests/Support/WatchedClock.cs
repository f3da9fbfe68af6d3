using Microsoft.Extensions.Time.Testing;

namespace PreRecordedFx.Tests;

/// <summary>
/// A <see cref="FakeTimeProvider"/> seen through a provider that remembers when each timer made through it is due, so a
/// test moving the clock can jump straight to the end of a pause (<see cref="NextDue"/>) instead of stepping through it.
/// Time itself is the fake clock's: the same for everything that holds either.
/// </summary>
public sealed class WatchedClock(FakeTimeProvider clock) : TimeProvider
{
    private readonly Lock gate = new();
    private readonly HashSet<WatchedTimer> pending = [];

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    /// <summary>When the earliest timer still to fire is due, or <c>null</c> when none is.</summary>
    public DateTimeOffset? NextDue
    {
        get
        {
            lock (gate)
            {
                return pending.Count == 0 ? null : pending.Min(t => t.Due);
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Recorded before the fake clock's timer exists, which may fire at once; the fake clock is never called under the
        // lock, since it runs callbacks (which take the lock) while moving.
        var timer = new WatchedTimer(this);
        lock (gate)
        {
            timer.Schedule(dueTime, period);
        }

        timer.Inner = clock.CreateTimer(
            s =>
            {
                timer.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);
        return timer;
    }

    private sealed class WatchedTimer(WatchedClock owner) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public ITimer Inner { get; set; } = null!;

        public DateTimeOffset Due { get; private set; }

        /// <summary>Records when the timer is next due (never, for an infinite due time); called under the owner's lock.</summary>
        public void Schedule(TimeSpan dueTime, TimeSpan newPeriod)
        {
            period = newPeriod;
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                owner.pending.Remove(this);
                return;
            }

            Due = owner.GetUtcNow() + dueTime;
            owner.pending.Add(this);
        }

        public void Fired()
        {
            lock (owner.gate)
            {
                if (period == Timeout.InfiniteTimeSpan || period == TimeSpan.Zero)
                {
                    owner.pending.Remove(this);
                }
                else
                {
                    Due += period;
                }
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner.gate)
            {
                Schedule(dueTime, period);
            }

            return Inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            lock (owner.gate)
            {
                owner.pending.Remove(this);
            }

            Inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
