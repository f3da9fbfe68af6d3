using PreRecordedFx.MockServer;

namespace PreRecordedFx.Tests.Facade;

/// <summary>
/// <see cref="JobsApi{TJob, TPage}.WaitUntilFinishedAsync"/> against the mock's lifecycle (queued 10 s, processing 10 s),
/// with the clock moved by the test: every pause and every state change happens on the fake clock.
/// </summary>
public sealed class WaitUntilFinishedTests
{
    internal static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    internal static readonly WaitOptions Quick = new() { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(4), Budget = TimeSpan.FromMinutes(1) };

    [Fact]
    public async Task A_queued_job_is_waited_for_through_processing_until_done()
    {
        await using var mock = new LifecycleMock();
        var queued = await mock.FirstWithStatus(JobStatus.Queued);

        var finished = Results.RightOf(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(queued.Id, Quick), Limit));

        Assert.Equal(JobStatus.Done, finished.Status);
        Assert.Equal(queued.Id, finished.Id);
        Assert.Equal(LifecycleMock.Start.AddSeconds(20), finished.CompletedAt.IfNone(DateTimeOffset.MinValue));
        Assert.True(finished.Result.IsSome);
    }

    [Fact]
    public async Task A_finished_job_is_returned_after_one_poll_without_a_pause()
    {
        await using var mock = new LifecycleMock();
        var done = await mock.FirstWithStatus(JobStatus.Done);

        var finished = Results.RightOf(await mock.Jobs.WaitUntilFinishedAsync(done.Id, Quick));

        Assert.Equal((done.Id, JobStatus.Done, done.CompletedAt), (finished.Id, finished.Status, finished.CompletedAt));
        Assert.Equal([0.0], mock.PollTimes(done.Id));
    }

    [Fact]
    public async Task A_job_in_error_is_a_right_with_its_error_code()
    {
        await using var mock = new LifecycleMock();
        var failed = await mock.FirstWithStatus(JobStatus.Error);

        var finished = Results.RightOf(await mock.Jobs.WaitUntilFinishedAsync(failed.Id));

        Assert.Equal(JobStatus.Error, finished.Status);
        Assert.True(finished.ErrorCode.IsSome);
    }

    [Fact]
    public async Task A_status_the_client_does_not_know_is_not_taken_for_finished()
    {
        await using var mock = new LifecycleMock();
        var done = await mock.FirstWithStatus(JobStatus.Done);
        var id = "7b0c1d2e-0000-4000-8000-0000000000aa";
        var json = System.Text.Json.JsonSerializer.Serialize(done, GladiaJsonContext.Default.Job)
            .Replace(done.Id, id, StringComparison.Ordinal)
            .Replace("\"status\":\"done\"", "\"status\":\"post-processing\"", StringComparison.Ordinal);
        mock.Factory.PutJob(json);

        var waited = await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(id, Quick with { Budget = TimeSpan.FromSeconds(2) }), Limit);

        Assert.IsType<PreRecordedError.Timeout>(Results.LeftOf(waited));
    }

    [Fact]
    public async Task Transient_failures_of_a_poll_are_polled_through()
    {
        await using var mock = new LifecycleMock(queuedSeconds: 0, processingSeconds: 3);
        var pending = await mock.FirstWithStatus(JobStatus.Processing);
        mock.Factory.AddOneShotFault(new OneShotFault { Method = "GET", Path = "/v2/pre-recorded/" + pending.Id, Status = 503, Count = 2 });

        var finished = Results.RightOf(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(pending.Id, Quick), Limit));

        Assert.Equal(JobStatus.Done, finished.Status);
        Assert.Equal([503, 503, 200], mock.Factory.Requests.Where(r => r.Path.EndsWith(pending.Id, StringComparison.Ordinal)).Select(r => r.Status));
    }

    [Fact]
    public async Task A_failure_that_is_not_transient_ends_the_wait_at_once()
    {
        await using var mock = new LifecycleMock();
        var unknown = Guid.Empty.ToString();

        var error = Results.LeftOf<Job, PreRecordedError.NotFound>(await mock.Jobs.WaitUntilFinishedAsync(unknown, Quick));

        Assert.Equal(404, error.Code);
        Assert.Single(mock.PollTimes(unknown));
    }

    [Theory]
    [InlineData(0, 4, 60, "InitialDelay must be positive")]
    [InlineData(2, 1, 60, "MaxDelay must not be shorter than InitialDelay")]
    [InlineData(1, 86_401, 60, "MaxDelay must be at most a day")]
    [InlineData(1, 4, 0, "Budget must be positive")]
    public async Task Invalid_wait_options_are_refused_before_anything_is_sent(int initialSeconds, int maxSeconds, int budgetSeconds, string reason)
    {
        await using var mock = new LifecycleMock();
        var options = new WaitOptions
        {
            InitialDelay = TimeSpan.FromSeconds(initialSeconds),
            MaxDelay = TimeSpan.FromSeconds(maxSeconds),
            Budget = TimeSpan.FromSeconds(budgetSeconds),
        };

        var error = Results.LeftOf<Job, PreRecordedError.InvalidArgument>(await mock.Jobs.WaitUntilFinishedAsync(Guid.Empty.ToString(), options));

        Assert.Equal("options", error.Parameter);
        Assert.Equal(reason, error.Reason);
        Assert.Empty(mock.Factory.Requests);
    }

    [Fact]
    public async Task The_limits_themselves_are_valid_options()
    {
        await using var mock = new LifecycleMock();
        var done = await mock.FirstWithStatus(JobStatus.Done);
        var options = new WaitOptions { InitialDelay = TimeSpan.FromDays(1), MaxDelay = TimeSpan.FromDays(1), Budget = TimeSpan.FromTicks(1) };

        Assert.Equal(JobStatus.Done, Results.RightOf(await mock.Jobs.WaitUntilFinishedAsync(done.Id, options)).Status);
    }

    [Fact]
    public void The_default_options_pause_one_second_at_first_ten_at_most_within_ten_minutes()
    {
        var options = new WaitOptions();
        Assert.Equal(TimeSpan.FromSeconds(1), options.InitialDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Budget);
    }

    [Fact]
    public async Task Cancelling_during_a_pause_throws_and_polls_no_more()
    {
        await using var mock = new LifecycleMock();
        var queued = await mock.FirstWithStatus(JobStatus.Queued);
        using var cancellation = new CancellationTokenSource();
        var waiting = mock.Jobs.WaitUntilFinishedAsync(queued.Id, Quick, cancellation.Token);
        while (mock.PollTimes(queued.Id).Count == 0)
        {
            await Task.Delay(5);
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        mock.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(mock.PollTimes(queued.Id));
    }
}
