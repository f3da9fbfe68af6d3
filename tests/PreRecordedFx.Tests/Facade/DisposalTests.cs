namespace PreRecordedFx.Tests;

/// <summary>
/// Using a disposed client is a bug in the caller, reported as .NET reports it (<see cref="ObjectDisposedException"/>),
/// whether the call came after the disposal or was in flight when it happened; never as the caller's cancellation.
/// </summary>
public class DisposalTests
{
    [Fact]
    public async Task A_call_after_the_client_is_disposed_throws_ObjectDisposedException_and_sends_nothing()
    {
        var handler = new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson()));
        var client = Clients.On(handler);
        var jobs = client.PreRecorded();
        client.Dispose();

        var thrown = await Assert.ThrowsAsync<ObjectDisposedException>(() => jobs.GetAsync("job-1"));

        Assert.Equal(typeof(GladiaClient).FullName, thrown.ObjectName);
        Assert.DoesNotContain("in flight", thrown.Message, StringComparison.Ordinal); // refused before any send was tried
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_call_in_flight_when_the_client_is_disposed_throws_ObjectDisposedException_not_a_cancellation()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = Clients.On(new ScriptedHandler(async (request, _, token) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return Wire.Json(Wire.JobJson());
        }));
        var call = client.PreRecorded().GetAsync("job-1");
        await arrived.Task;

        client.Dispose();
        var thrown = await Assert.ThrowsAsync<ObjectDisposedException>(() => call);

        Assert.Equal(typeof(GladiaClient).FullName, thrown.ObjectName);
        Assert.Contains("disposed while this get call was in flight", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_own_cancellation_still_wins_over_a_disposal()
    {
        using var cancel = new CancellationTokenSource();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = Clients.On(new ScriptedHandler(async (request, _, token) =>
        {
            arrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
            return Wire.Json(Wire.JobJson());
        }));
        var call = client.PreRecorded().GetAsync("job-1", cancel.Token);
        await arrived.Task;

        await cancel.CancelAsync();
        client.Dispose();
        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cancel.Token, thrown.CancellationToken);
    }
}
