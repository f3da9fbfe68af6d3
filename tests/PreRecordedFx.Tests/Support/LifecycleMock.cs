using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Tests;

/// <summary>
/// The mock with its lifecycle on, and a client on it in memory, both on one <see cref="FakeTimeProvider"/>: moving the
/// clock moves the jobs and ends the client's pauses, so a wait of minutes runs in milliseconds without sleeping. The
/// client sees the clock through a <see cref="WatchedClock"/>, so <see cref="RunAsync"/> knows when its pauses end.
/// </summary>
public sealed class LifecycleMock : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    public LifecycleMock(double queuedSeconds = 10, double processingSeconds = 10, int maxRetries = 0)
    {
        Factory = new MockServerFactory(
            new MockServerOptions { Jobs = 30, Lifecycle = true, QueuedSeconds = queuedSeconds, ProcessingSeconds = processingSeconds },
            Clock);
        var options = new GladiaClientOptions
        {
            ApiKey = MockServerOptions.DefaultApiKey,
            BaseUrl = Factory.Server.BaseAddress,

            // The test moves the clock in steps while a poll may be in flight; the poll's own budget must not expire meanwhile.
            GetTimeout = TimeSpan.FromDays(1),
            Retry = new RetryOptions { MaxRetries = maxRetries, BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) },
        };
        watched = new WatchedClock(Clock);
        Client = new GladiaClient(options, underWay = new RequestsUnderWay(Factory.Server.CreateHandler()), NullLoggerFactory.Instance, watched);
    }

    private readonly RequestsUnderWay underWay;

    // The client's view of Clock, which tells when its pauses end.
    private readonly WatchedClock watched;

    public FakeTimeProvider Clock { get; } = new(Start);

    public MockServerFactory Factory { get; }

    public GladiaClient Client { get; }

    public PreRecordedJobs Jobs => Client.PreRecorded();

    /// <summary>The first seeded job with this status (the lifecycle moves queued and processing ones).</summary>
    public async Task<Job> FirstWithStatus(JobStatus status)
    {
        var page = Results.RightOf(await Jobs.ListAsync(JobQuery.Default.WithStatus(status).WithLimit(1)));
        return Assert.Single(page.Items);
    }

    /// <summary>When the mock received each poll of this job, in seconds since <see cref="Start"/>.</summary>
    public IReadOnlyList<double> PollTimes(string jobId) =>
        [.. Factory.Requests.Where(r => r.Method == "GET" && r.Path == "/v2/pre-recorded/" + jobId).Select(r => (r.Time - Start).TotalSeconds)];

    /// <summary>
    /// Moves the clock until <paramref name="task"/> completes (or <paramref name="limit"/> has passed). While the client
    /// waits on a timer of its clock (a pause between polls, a retry's backoff) and no request is under way, the clock
    /// jumps to the end of that wait, so a wait of minutes takes a few milliseconds and each poll is stamped exactly when
    /// its pause ended. The clock stands still while a request is under way (on a busy machine an exchange can outlast
    /// any step, and the mock would stamp the poll late) and while the client works without waiting on its clock (it is
    /// about to send a request or to start a pause). Should the client wait on nothing the clock knows of for a while
    /// (a client that polls without pausing, say), the clock moves on in steps, soon of a second, so such a wait still
    /// reaches its end and the test fails instead of hanging.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> task, TimeSpan limit)
    {
        var idle = 0;
        var stepsInARow = 0;
        for (var moved = TimeSpan.Zero; moved < limit;)
        {
            await Task.WhenAny(task, Task.Delay(5));
            if (task.IsCompleted)
            {
                break;
            }

            if (underWay.Any)
            {
                continue;
            }

            // Only a timer due within the limit: the budget of a call in progress (a day, see GetTimeout) is not a pause.
            var left = watched.NextDue - Clock.GetUtcNow();
            TimeSpan by;
            if (left > TimeSpan.Zero && left <= limit - moved)
            {
                by = left.Value;
                stepsInARow = 0;
            }
            else if (++idle >= IdleRounds)
            {
                by = ++stepsInARow <= SmallSteps ? TimeSpan.FromMilliseconds(50) : TimeSpan.FromSeconds(1);
            }
            else
            {
                continue;
            }

            Clock.Advance(by);
            moved += by;
            idle = 0;
        }

        return await task;
    }

    /// <summary>Rounds of about 5 ms with neither a request under way nor a pause before the clock moves a step anyway.</summary>
    private const int IdleRounds = 8;

    /// <summary>Steps of 50 ms in a row (a client late to start its next poll) before steps of a second (a client that never pauses).</summary>
    private const int SmallSteps = 4;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>Counts the client's requests under way.</summary>
    private sealed class RequestsUnderWay(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private int count;

        public bool Any => Volatile.Read(ref count) > 0;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref count);
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref count);
            }
        }
    }
}
