using System.Net;
using LanguageExt;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class TimeoutAndCancellationTests
{
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Headers_that_never_come_are_a_Timeout_not_an_exception()
    {
        using var client = Clients.On(
            new ScriptedHandler(async (request, _, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return Wire.Json(Wire.JobJson());
            }),
            o => o.GetTimeout = Short);

        var error = LeftOf<Job, PreRecordedError.Timeout>(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal("get", error.Operation);
        Assert.Equal(Short, error.After);
    }

    [Fact]
    public async Task A_json_body_that_drips_past_the_budget_is_a_Timeout()
    {
        using var client = Clients.On(
            new ScriptedHandler((request, _) => Wire.Streamed(new StallingStream(10), "application/json")),
            o => o.ListTimeout = Short);

        var error = LeftOf<JobPage, PreRecordedError.Timeout>(await client.PreRecorded().ListAsync(JobQuery.Default));
        var envelopes = LeftOf<JobEnvelopePage, PreRecordedError.Timeout>(await client.PreRecorded().ListEnvelopesAsync(JobQuery.Default));

        Assert.Equal("list", error.Operation);
        Assert.Equal(new PreRecordedError.Timeout("list", Short), envelopes);
    }

    [Fact]
    public async Task A_next_page_that_drips_past_the_budget_is_a_Timeout_of_next_page()
    {
        var first = Wire.PageJson([PreRecordedModelFactory.DoneJob("j-1")], "https://api.test/v2/pre-recorded?offset=1&limit=1");
        using var client = Clients.On(
            new ScriptedHandler((request, n) => n == 1 ? Wire.Json(first) : Wire.Streamed(new StallingStream(10), "application/json")),
            o => o.ListTimeout = Short);
        var jobs = client.PreRecorded();
        var page = RightOf(await jobs.ListAsync(JobQuery.Default.WithLimit(1)));

        var error = LeftOf<Option<JobPage>, PreRecordedError.Timeout>(await jobs.NextPageAsync(page));

        Assert.Equal("next-page", error.Operation);
    }

    [Fact]
    public async Task A_file_body_that_stalls_is_a_Timeout_and_leaves_no_file()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        using var client = Clients.On(
            new ScriptedHandler((request, _) => Wire.Streamed(new StallingStream(100_000), "audio/wav", length: 1_000_000)),
            o => o.FileTimeout = Short);

        var error = LeftOf<long, PreRecordedError.Timeout>(await client.PreRecorded().DownloadFileToPathAsync("job-1", Path.Combine(folder, "a.wav")));

        Assert.Equal("file", error.Operation);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Cancelling_mid_download_throws_OperationCanceled_and_leaves_no_file()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        var path = Path.Combine(folder, "a.wav");
        var body = new StallingStream(200_000);
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(body, "audio/wav", length: 1_000_000)));
        using var cancellation = new CancellationTokenSource();
        var download = client.PreRecorded().DownloadFileToPathAsync("job-1", path, cancellationToken: cancellation.Token);

        await body.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotEmpty(Directory.GetFiles(folder)); // the temporary file exists while downloading
        await cancellation.CancelAsync();

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download);
        Assert.Equal(cancellation.Token, thrown.CancellationToken);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Cancelling_while_waiting_to_retry_throws_and_stops_retrying()
    {
        using var cancellation = new CancellationTokenSource();
        var handler = new ScriptedHandler((request, n) =>
        {
            cancellation.Cancel();
            return Wire.Status(HttpStatusCode.ServiceUnavailable);
        });
        using var client = Clients.On(handler, o => o.Retry.BaseDelay = TimeSpan.FromSeconds(5));

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PreRecorded().GetAsync("job-1", cancellation.Token));

        Assert.Equal(1, handler.Count);
        // The retry's wait ends on the operation's linked token; the caller gets its own token back.
        Assert.Equal(cancellation.Token, thrown.CancellationToken);
        Assert.Equal("The operation was cancelled by the caller.", thrown.Message);
    }

    [Fact]
    public async Task An_already_cancelled_token_sends_nothing()
    {
        var handler = new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson()));
        using var client = Clients.On(handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PreRecorded().GetAsync("job-1", new CancellationToken(canceled: true)));

        Assert.Equal(0, handler.Count);
    }
}
