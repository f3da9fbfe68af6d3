using PreRecordedFx.MockServer;

namespace PreRecordedFx.Tests.Facade;

/// <summary>
/// When <see cref="JobsApi{TJob, TPage}.WaitUntilFinishedAsync"/> polls: its pauses and its budget, on the fake clock.
/// Apart from <see cref="WaitUntilFinishedTests"/> because each of these moves the clock through a long wait, and
/// test classes run side by side.
/// </summary>
public sealed class WaitPacingTests
{
    /// <summary>
    /// The first poll at once, then the pauses between polls, each compared alone so that the client's own work between
    /// polls (parsing, scheduling) on a busy machine does not add up along the wait.
    /// </summary>
    private static void AssertPauses(IReadOnlyList<double> expected, IReadOnlyList<double> polls)
    {
        Assert.Equal(expected.Count + 1, polls.Count);
        Assert.InRange(polls[0], 0, 0.3);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.InRange(polls[i + 1] - polls[i], expected[i] - 0.05, expected[i] + 0.3);
        }
    }

    [Fact]
    public async Task Pauses_start_at_the_initial_delay_and_double_up_to_the_maximum()
    {
        await using var mock = new LifecycleMock();
        var queued = await mock.FirstWithStatus(JobStatus.Queued);

        Results.RightOf(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(queued.Id, WaitUntilFinishedTests.Quick), WaitUntilFinishedTests.Limit));

        // Pauses of 1, 2, 4, 4, 4, 4, 4 s; the job is done from 20 s on.
        AssertPauses([1, 2, 4, 4, 4, 4, 4], mock.PollTimes(queued.Id));
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
        // Pauses of 1 and 2 s, then the last pause is cut short so that the last poll falls at the budget's end.
        var polls = mock.PollTimes(queued.Id);
        AssertPauses([1, 2], polls.Take(3).ToList());
        Assert.Equal(4, polls.Count);
        Assert.InRange(polls[3], 4.95, 5.3);
    }

    [Fact]
    public async Task Without_options_the_defaults_pace_the_polls()
    {
        await using var mock = new LifecycleMock(queuedSeconds: 0, processingSeconds: 20);
        var pending = await mock.FirstWithStatus(JobStatus.Processing);

        Results.RightOf(await mock.RunAsync(mock.Jobs.WaitUntilFinishedAsync(pending.Id), WaitUntilFinishedTests.Limit));

        // Pauses of 1, 2, 4, 8 and then 10 s.
        AssertPauses([1, 2, 4, 8, 10], mock.PollTimes(pending.Id));
    }
}
