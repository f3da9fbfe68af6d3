using LanguageExt;
using PreRecordedFx.MockServer;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class ReadingTests(SharedMock mock) : IClassFixture<SharedMock>
{
    private IReadOnlyList<Job> Jobs => mock.AllJobs;

    [Fact]
    public void ListAll_walks_every_page_and_sees_each_job_once()
    {
        Assert.Equal(45, Jobs.Count);
        Assert.Equal(45, Jobs.Select(j => j.Id).Distinct().Count());
    }

    [Fact]
    public async Task Get_returns_the_job_the_list_showed()
    {
        using var client = mock.Server.Client();
        var listed = Jobs[3];

        var job = RightOf(await client.PreRecorded().GetAsync(listed.Id));

        Assert.Equal(listed.Id, job.Id);
        Assert.Equal(listed.Status, job.Status);
    }

    [Fact]
    public async Task A_job_read_earlier_keeps_its_values_after_later_reads_reuse_the_read_buffer()
    {
        using var client = mock.Server.Client();
        var jobs = client.PreRecorded();
        var done = Jobs.First(j => j.Result.Bind(r => r.Transcription).IsSome && j.CustomMetadata.IsSome);
        var job = RightOf(await jobs.GetAsync(done.Id));
        var before = System.Text.Json.JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job);

        foreach (var other in Jobs.Where(j => j.Id != done.Id).Take(10))
        {
            RightOf(await jobs.GetAsync(other.Id));
        }

        RightOf(await jobs.ListAsync(JobQuery.Default.WithLimit(20)));

        Assert.Equal(before, System.Text.Json.JsonSerializer.Serialize(job, GladiaJsonContext.Default.Job));
        Assert.Contains(done.Id, before, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_id_is_NotFound()
    {
        using var client = mock.Server.Client();

        LeftOf<Job, PreRecordedError.NotFound>(await client.PreRecorded().GetAsync("00000000-0000-0000-0000-000000000000"));
    }

    [Fact]
    public async Task A_wrong_key_is_Unauthorized()
    {
        using var client = mock.Server.Client(o => o.ApiKey = "wrong-key");

        LeftOf<Job, PreRecordedError.Unauthorized>(await client.PreRecorded().GetAsync(Jobs[0].Id));
    }

    [Fact]
    public async Task NextPage_follows_the_links_to_the_last_page_then_gives_None()
    {
        using var client = mock.Server.Client();
        var jobs = client.PreRecorded();
        var page = RightOf(await jobs.ListAsync(JobQuery.Default.WithLimit(20)));
        var seen = page.Items.Count;
        var pages = 1;

        while (RightOf(await jobs.NextPageAsync(page)).Case is JobPage next)
        {
            page = next;
            seen += page.Items.Count;
            pages++;
        }

        Assert.Equal((45, 3), (seen, pages));
        Assert.True(page.Next.IsNone);
    }

    [Fact]
    public async Task Offset_and_limit_page_through_the_newest_first_order()
    {
        using var client = mock.Server.Client();

        var page = RightOf(await client.PreRecorded().ListAsync(JobQuery.Default.WithOffset(5).WithLimit(7)));

        Assert.Equal(Jobs.Skip(5).Take(7).Select(j => j.Id), page.Items.Select(j => j.Id));
    }

    [Theory]
    [InlineData("done")]
    [InlineData("error")]
    [InlineData("queued")]
    public async Task The_status_filter_keeps_only_that_status(string status)
    {
        using var client = mock.Server.Client();

        var found = await All(client, JobQuery.Default.WithStatus(new JobStatus(status)));

        Assert.Equal(Jobs.Where(j => j.Status.Value == status).Select(j => j.Id), found.Select(j => j.Id));
    }

    [Fact]
    public async Task Several_statuses_are_sent_as_a_repeated_key_and_any_matches()
    {
        using var client = mock.Server.Client();

        var found = await All(client, JobQuery.Default.WithStatus(JobStatus.Done, JobStatus.Error));

        Assert.Equal(Jobs.Where(j => j.Status == JobStatus.Done || j.Status == JobStatus.Error).Select(j => j.Id), found.Select(j => j.Id));
    }

    [Fact]
    public async Task The_date_filter_keeps_one_utc_day()
    {
        using var client = mock.Server.Client();
        var day = DateOnly.FromDateTime(Jobs[10].CreatedAt.UtcDateTime);

        var found = await All(client, JobQuery.Default.WithDate(day));

        Assert.Equal(Jobs.Where(j => DateOnly.FromDateTime(j.CreatedAt.UtcDateTime) == day).Select(j => j.Id), found.Select(j => j.Id));
    }

    [Fact]
    public async Task Before_and_after_dates_keep_the_jobs_between()
    {
        using var client = mock.Server.Client();
        var after = Jobs[30].CreatedAt;
        var before = Jobs[5].CreatedAt;

        var found = await All(client, JobQuery.Default.WithAfterDate(after).WithBeforeDate(before));

        Assert.NotEmpty(found);
        Assert.All(found, j => Assert.InRange(j.CreatedAt, after, before));
        Assert.Equal(Jobs.Where(j => j.CreatedAt > after && j.CreatedAt < before).Select(j => j.Id), found.Select(j => j.Id));
    }

    [Fact]
    public async Task The_custom_metadata_filter_keeps_jobs_carrying_the_pair()
    {
        using var client = mock.Server.Client();
        var tagged = Jobs.First(j => j.CustomMetadata.Map(m => m.Count > 0).IfNone(false));
        var (key, value) = tagged.CustomMetadata.Map(m => m.First()).Map(p => (p.Key, p.Value.ToString())).IfNone(("", ""));

        var found = await All(client, JobQuery.Default.WithCustomMetadata(key, value));

        Assert.Contains(found, j => j.Id == tagged.Id);
        Assert.All(found, j => Assert.Equal(value, j.CustomMetadata.Map(m => m[key].ToString()).IfNone("")));
    }

    [Fact]
    public async Task An_invalid_query_is_refused_before_sending()
    {
        using var client = mock.Server.Client();

        var error = LeftOf<JobPage, PreRecordedError.InvalidArgument>(await client.PreRecorded().ListAsync(JobQuery.Default.WithLimit(0)));

        Assert.Equal("limit", error.Parameter);
    }

    [Fact]
    public async Task ListAll_is_lazy_and_stops_when_the_caller_stops()
    {
        var recorder = new Recorder(mock.Server.Handler);
        using var client = mock.Server.Client(recorder);

        var firstThree = await client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit(2)).Take(3).ToListAsync();

        Assert.Equal(3, firstThree.Count);
        Assert.Equal(2, recorder.Count); // two pages of two, not all 23
    }

    [Fact]
    public async Task ListAll_honours_cancellation()
    {
        using var client = mock.Server.Client();
        using var cancellation = new CancellationTokenSource();
        var count = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit(5)).WithCancellation(cancellation.Token))
            {
                if (++count == 7)
                {
                    await cancellation.CancelAsync();
                }
            }
        });
        Assert.Equal(10, count); // the rest of the second page was already in hand; the third was never fetched
    }

    private static async Task<List<Job>> All(GladiaClient client, JobQuery query)
    {
        var found = new List<Job>();
        await foreach (var item in client.PreRecorded().ListAllAsync(query.WithLimit(10)))
        {
            found.Add(RightOf(item));
        }

        return found;
    }
}

/// <summary>Counts what passes through to the mock.</summary>
public sealed class Recorder(HttpMessageHandler inner) : DelegatingHandler(new BorrowedHandler(inner))
{
    private int count;

    public int Count => count;

    public List<(Uri Uri, string? Key)> Seen { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        lock (Seen)
        {
            Seen.Add((request.RequestUri!, request.Headers.TryGetValues("x-gladia-key", out var key) ? key.Single() : null));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
