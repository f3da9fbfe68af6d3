using PreRecordedFx.MockServer;

namespace PreRecordedFx.Tests.Facade;

/// <summary>
/// When <see cref="PreRecordedJobs.WaitUntilFinishedAsync"/> polls: its pauses and its budget, on the fake clock.
/// Apart from <see cref="WaitUntilFinishedTests"/> because each of these moves the clock through a long wait, and
/// test classes run side by side.
/// </summary>
public sealed class WaitPacingTests
{
    private static void AssertNear(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.InRange(actual[i], expected[i] - 0.05, expected[i] + 0.6);
        }
    }

    [Fact]
    public async Task Pauses_start_at_the_initial_delay_and_double_up_to_the_maximum()
    {
        await using var mock = new LifecycleMock();
        var queued = await mock.FirstWithStatus(JobStatus.Queued);

        Results.RightOf(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(queued.Id, WaitUntilFinishedTests.Quick), WaitUntilFinishedTests.Limit));

        // Pauses of 1, 2, 4, 4, 4, 4, 4 s; the job is done from 20 s on.
        AssertNear([0, 1, 3, 7, 11, 15, 19, 23], mock.PollTimes(queued.Id));
    }

    [Fact]
    public async Task When_the_budget_runs_out_the_last_poll_is_at_its_end_and_the_wait_is_a_timeout()
    {
        await using var mock = new LifecycleMock();
        var queued = await mock.FirstWithStatus(JobStatus.Queued);
        var options = WaitUntilFinishedTests.Quick with { Budget = TimeSpan.FromSeconds(5) };

        var timeout = Results.LeftOf<Job, PreRecordedError.Timeout>(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(queued.Id, options), WaitUntilFinishedTests.Limit));

        Assert.Equal("wait", timeout.Operation);
        Assert.Equal(TimeSpan.FromSeconds(5), timeout.After);
        AssertNear([0, 1, 3, 5], mock.PollTimes(queued.Id));
    }

    [Fact]
    public async Task Without_options_the_defaults_pace_the_polls()
    {
        await using var mock = new LifecycleMock(queuedSeconds: 0, processingSeconds: 20);
        var pending = await mock.FirstWithStatus(JobStatus.Processing);

        Results.RightOf(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(pending.Id), WaitUntilFinishedTests.Limit));

        // Pauses of 1, 2, 4, 8 and then 10 s.
        AssertNear([0, 1, 3, 7, 15, 25], mock.PollTimes(pending.Id));
    }
}
