using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary><c>client.Live()</c> against the mock in memory: its seeded live sessions, read, walked, downloaded and deleted.</summary>
public sealed class LiveSessionEndToEndTests
{
    private static readonly WaitOptions Quick = new() { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(2) };

    [Fact]
    public async Task A_walk_gets_every_seeded_session_whole_and_the_same_ones_as_envelopes()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();

        var sessions = (await client.Live().ListAllAsync(JobQuery.Default.WithLimit(7)).ToListAsync()).Select(RightOf).ToList();
        var envelopes = (await client.Live().ListAllEnvelopesAsync(JobQuery.Default.WithLimit(7)).ToListAsync()).Select(RightOf).ToList();

        Assert.Equal(20, sessions.Count);
        Assert.Equal(sessions.Select(s => (s.Id, s.Status, s.CreatedAt)), envelopes.Select(e => (e.Id, e.Status, e.CreatedAt)));
        Assert.All(envelopes, e => Assert.Equal(JobKinds.Live, e.Kind));
        Assert.All(sessions.Where(s => s.Status == JobStatus.Done), s => Assert.NotEmpty(s.Result.Map(r => r.Messages).IfNone([])));
    }

    [Fact]
    public async Task Get_and_wait_return_the_session_the_list_showed_and_its_audio_downloads()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var page = RightOf(await client.Live().ListAsync(JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(1)));
        var listed = Assert.Single(page.Items);

        var got = RightOf(await client.Live().GetAsync(listed.Id));
        var waited = RightOf(await client.Live().WaitUntilFinishedAsync(listed.Id, Quick));
        var audio = RightOf(await client.Live().GetFileAsync(listed.Id));

        Assert.Equal((listed.Id, JobStatus.Done), (got.Id, got.Status));
        Assert.Equal(got.Id, waited.Id);
        Assert.Equal("RIFF"u8.ToArray(), audio[..4]);
    }

    [Fact]
    public async Task A_session_is_not_found_among_jobs_nor_a_job_among_sessions()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var session = RightOf(await client.Live().ListAsync(JobQuery.Default.WithLimit(1))).Items[0];
        var job = RightOf(await client.PreRecorded().ListAsync(JobQuery.Default.WithLimit(1))).Items[0];

        LeftOf<Job, PreRecordedError.NotFound>(await client.PreRecorded().GetAsync(session.Id));
        LeftOf<LiveSession, PreRecordedError.NotFound>(await client.Live().GetAsync(job.Id));
    }

    [Fact]
    public async Task A_deletion_request_over_both_kinds_deletes_exactly_the_users_finished_jobs()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        JobsApi[] both = [client.PreRecorded(), client.Live()];
        var userId = await AUserWithJobsOfBothKinds(client);
        var user = JobQuery.Default.WithLimit(100).WithCustomMetadata("userId", userId);
        var before = await CountAll(both, JobQuery.Default.WithLimit(100));

        var outcomes = new List<DeleteOutcome>();
        foreach (var jobs in both)
        {
            outcomes.AddRange(await jobs.DeleteAllAsync(user).ToListAsync());
        }

        var deleted = outcomes.OfType<DeleteOutcome.Deleted>().ToList();
        Assert.Contains(deleted, d => d.Job.Kind == JobKinds.Live);
        Assert.Contains(deleted, d => d.Job.Kind == JobKinds.PreRecorded);
        Assert.Empty(outcomes.OfType<DeleteOutcome.Failed>());
        var left = await CountAll(both, user);
        Assert.Equal(outcomes.OfType<DeleteOutcome.Skipped>().Count(), left);
        Assert.Equal(before - deleted.Count, await CountAll(both, JobQuery.Default.WithLimit(100)));
    }

    private static async Task<string> AUserWithJobsOfBothKinds(GladiaClient client)
    {
        var live = await client.Live().ListAllEnvelopesAsync(JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(100)).ToListAsync();
        var jobs = await client.PreRecorded().ListAllEnvelopesAsync(JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(100)).ToListAsync();
        static IEnumerable<string> Users(IEnumerable<LanguageExt.Either<PreRecordedError, JobEnvelope>> items) =>
            items.Select(RightOf).SelectMany(e => e.CustomMetadata.Bind(m => m.TryGetValue("userId", out var v) ? LanguageExt.Prelude.Some(v.ToString()) : default).ToSeq());
        return Users(live).Intersect(Users(jobs)).First();
    }

    private static async Task<int> CountAll(IEnumerable<JobsApi> apis, JobQuery query)
    {
        var count = 0;
        foreach (var jobs in apis)
        {
            count += (await jobs.ListAllEnvelopesAsync(query).ToListAsync()).Select(RightOf).Count();
        }

        return count;
    }
}
