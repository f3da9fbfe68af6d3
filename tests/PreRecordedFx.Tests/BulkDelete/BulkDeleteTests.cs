using System.Net;
using LanguageExt;
using static PreRecordedFx.Tests.Outcomes;

namespace PreRecordedFx.Tests;

/// <summary>DeleteAllAsync end to end on the in-memory mock, and on scripted servers for the failures the mock cannot make.</summary>
public sealed class BulkDeleteTests
{
    private static readonly JobQuery Everything = JobQuery.Default.WithLimit(7);

    [Fact]
    public async Task Every_finished_job_the_query_lists_is_deleted_and_pending_ones_are_skipped()
    {
        await using var mock = new MockServer(new() { Jobs = 30, Seed = 7 });
        using var client = mock.Client();
        var before = await ListedAsync(client, JobQuery.Default);

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything));

        var pending = before.Where(j => j.Status.IsPending).Select(j => j.Id).ToHashSet();
        Assert.Equal(before.Count, outcomes.Count);
        Assert.Equal(before.Select(j => j.Id).Except(pending).ToHashSet(), Ids<DeleteOutcome.Deleted>(outcomes));
        Assert.Equal(pending, Ids<DeleteOutcome.Skipped>(outcomes));
        Assert.All(outcomes.OfType<DeleteOutcome.Skipped>(), s => Assert.Equal(SkipReason.Pending, s.Reason));
        Assert.Equal(pending, (await ListedAsync(client, JobQuery.Default)).Select(j => j.Id).ToHashSet());
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_go_and_deletes_nothing()
    {
        await using var mock = new MockServer(new() { Jobs = 20, Seed = 3 });
        using var client = mock.Client();
        var before = await ListedAsync(client, JobQuery.Default);

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything, new BulkDeleteOptions { DryRun = true }));

        Assert.Equal(before.Where(j => !j.Status.IsPending).Select(j => j.Id).ToHashSet(), Ids<DeleteOutcome.WouldDelete>(outcomes));
        Assert.Equal(before.Select(j => j.Id), (await ListedAsync(client, JobQuery.Default)).Select(j => j.Id));
    }

    [Fact]
    public async Task A_dry_run_never_calls_the_step_before_delete()
    {
        await using var mock = new MockServer(new() { Jobs = 10 });
        using var client = mock.Client();
        var calls = 0;
        var options = new BulkDeleteOptions { DryRun = true, BeforeDelete = (_, _) => { calls++; return Task.FromResult(Either<PreRecordedError, Unit>.Right(Unit.Default)); } };

        await AllAsync(client.PreRecorded().DeleteAllAsync(Everything, options));

        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task A_job_whose_step_before_delete_fails_is_reported_failed_and_kept()
    {
        await using var mock = new MockServer(new() { Jobs = 12, Seed = 5 });
        using var client = mock.Client();
        var before = await ListedAsync(client, JobQuery.Default.WithStatus(JobStatus.Done));
        var kept = before[0].Id;
        var refusal = new PreRecordedError.InvalidArgument("archive", "disk full");
        var options = new BulkDeleteOptions
        {
            BeforeDelete = (job, _) => Task.FromResult(job.Id == kept ? Either<PreRecordedError, Unit>.Left(refusal) : Unit.Default),
        };

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(JobQuery.Default.WithStatus(JobStatus.Done), options));

        var failed = Assert.Single(outcomes.OfType<DeleteOutcome.Failed>());
        Assert.Equal(kept, failed.Job.Id);
        Assert.Equal(refusal, failed.Error);
        Assert.Equal([kept], (await ListedAsync(client, JobQuery.Default.WithStatus(JobStatus.Done))).Select(j => j.Id));
    }

    [Fact]
    public async Task Outcomes_carry_the_listed_job_without_its_result()
    {
        await using var mock = new MockServer(new() { Jobs = 8 });
        using var client = mock.Client();
        var listed = (await ListedAsync(client, JobQuery.Default.WithStatus(JobStatus.Done)))[0];

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(JobQuery.Default.WithStatus(JobStatus.Done), new BulkDeleteOptions { DryRun = true }));

        var job = outcomes.OfType<DeleteOutcome.WouldDelete>().Single(o => o.Job.Id == listed.Id).Job;
        Assert.Equal((listed.RequestId, listed.Version, listed.Status, listed.CreatedAt, listed.CompletedAt, listed.ErrorCode, listed.Kind, listed.File.Bind(f => f.AudioDuration)), (job.RequestId, job.Version, job.Status, job.CreatedAt, job.CompletedAt, job.ErrorCode, job.Kind, job.AudioDuration));
        Assert.Equal(listed.CustomMetadata.IsSome, job.CustomMetadata.IsSome);
        Assert.True(listed.Result.IsSome);
    }

    [Fact]
    public async Task A_listing_failure_deletes_nothing_and_ends_the_walk()
    {
        await using var mock = new MockServer(new() { Jobs = 10 });
        using var wrongKey = mock.Client(o => o.ApiKey = "not-the-key");
        using var client = mock.Client();

        var outcomes = await AllAsync(wrongKey.PreRecorded().DeleteAllAsync(Everything));

        var failure = Assert.Single(outcomes);
        Assert.IsType<PreRecordedError.Unauthorized>(Assert.IsType<DeleteOutcome.ListingFailed>(failure).Error);
        Assert.Equal(10, (await ListedAsync(client, JobQuery.Default)).Count);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, -1)]
    public async Task Invalid_options_are_one_invalid_argument_and_nothing_is_sent(int concurrency, int retries)
    {
        var handler = new ScriptedHandler((_, _) => Wire.Status(HttpStatusCode.InternalServerError));
        using var client = Clients.On(handler);

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything, new BulkDeleteOptions { MaxConcurrency = concurrency, RateLimitRetries = retries }));

        var failure = Assert.IsType<DeleteOutcome.ListingFailed>(Assert.Single(outcomes));
        Assert.Equal("options", Assert.IsType<PreRecordedError.InvalidArgument>(failure.Error).Parameter);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_null_query_is_a_programming_error()
    {
        using var client = Clients.On(new ScriptedHandler((_, _) => Wire.Status(HttpStatusCode.OK)));
        await Assert.ThrowsAsync<ArgumentNullException>(() => AllAsync(client.PreRecorded().DeleteAllAsync(null!)));
    }

    [Fact]
    public async Task A_rate_limited_delete_waits_as_asked_and_tries_again()
    {
        var job = PreRecordedModelFactory.DoneJob();
        var handler = OneJob(job, deletes: n => n <= 2 ? Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter("0") : Wire.Status(HttpStatusCode.Accepted));
        using var client = Clients.On(handler, o => o.Retry = new RetryOptions { MaxRetries = 0 });

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything, new BulkDeleteOptions { RateLimitRetries = 2 }));

        Assert.Equal(job.Id, Assert.IsType<DeleteOutcome.Deleted>(Assert.Single(outcomes)).Job.Id);
        Assert.Equal(3, handler.Seen.Count(r => r.Method == "DELETE"));
    }

    [Fact]
    public async Task A_delete_still_rate_limited_after_its_retries_is_failed_with_the_rate_limit()
    {
        var handler = OneJob(PreRecordedModelFactory.DoneJob(), deletes: _ => Wire.Status(HttpStatusCode.TooManyRequests).WithRetryAfter("0"));
        using var client = Clients.On(handler, o => o.Retry = new RetryOptions { MaxRetries = 0 });

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything, new BulkDeleteOptions { RateLimitRetries = 1 }));

        Assert.IsType<PreRecordedError.RateLimited>(Assert.IsType<DeleteOutcome.Failed>(Assert.Single(outcomes)).Error);
        Assert.Equal(2, handler.Seen.Count(r => r.Method == "DELETE"));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, SkipReason.NotDeletable)]
    [InlineData(HttpStatusCode.NotFound, SkipReason.AlreadyDeleted)]
    public async Task A_delete_refused_as_not_deletable_or_already_gone_is_skipped_not_failed(HttpStatusCode status, SkipReason reason)
    {
        var handler = OneJob(PreRecordedModelFactory.DoneJob(), deletes: _ => Wire.Status(status));
        using var client = Clients.On(handler);

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything));

        Assert.Equal(reason, Assert.IsType<DeleteOutcome.Skipped>(Assert.Single(outcomes)).Reason);
    }

    [Fact]
    public async Task A_delete_failing_with_a_server_error_is_failed_with_it()
    {
        var handler = OneJob(PreRecordedModelFactory.DoneJob(), deletes: _ => Wire.Status(HttpStatusCode.InternalServerError));
        using var client = Clients.On(handler, o => o.Retry = new RetryOptions { MaxRetries = 0 });

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything));

        Assert.Equal(500, Assert.IsType<DeleteOutcome.Failed>(Assert.Single(outcomes)).Error.Code);
    }

    [Fact]
    public async Task No_more_than_the_configured_number_of_deletes_run_at_once()
    {
        var jobs = Enumerable.Range(0, 12).Select(i => PreRecordedModelFactory.DoneJob(id: $"00000000-0000-4000-8000-{i:000000000000}")).ToList();
        var running = 0;
        var most = 0;
        var handler = new ScriptedHandler(async (request, _) =>
        {
            if (request.Method != HttpMethod.Delete)
            {
                return Wire.Json(Wire.PageJson(jobs, next: null));
            }

            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Yield();
            await Task.Delay(5);
            Interlocked.Decrement(ref running);
            return Wire.Status(HttpStatusCode.Accepted);
        });
        using var client = Clients.On(handler);

        var outcomes = await AllAsync(client.PreRecorded().DeleteAllAsync(Everything, new BulkDeleteOptions { MaxConcurrency = 3 }));

        Assert.Equal(12, outcomes.OfType<DeleteOutcome.Deleted>().Count());
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public async Task Stopping_the_enumeration_early_sends_no_more_deletes()
    {
        await using var mock = new MockServer(new() { Jobs = 40, Seed = 11 });
        using var client = mock.Client();
        var done = (await ListedAsync(client, JobQuery.Default.WithStatus(JobStatus.Done))).Count;

        await foreach (var outcome in client.PreRecorded().DeleteAllAsync(JobQuery.Default.WithStatus(JobStatus.Done), new BulkDeleteOptions { MaxConcurrency = 1 }))
        {
            Assert.IsType<DeleteOutcome.Deleted>(outcome);
            break;
        }

        var left = (await ListedAsync(client, JobQuery.Default.WithStatus(JobStatus.Done))).Count;
        Assert.InRange(done - left, 1, 3); // the one reported, one waiting to be read and one under way
    }

    [Fact]
    public async Task Cancelling_throws_and_stops_the_walk()
    {
        await using var mock = new MockServer(new() { Jobs = 40, Seed = 11 });
        using var client = mock.Client();
        using var cancel = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var outcome in client.PreRecorded().DeleteAllAsync(Everything, cancellationToken: cancel.Token))
            {
                await cancel.CancelAsync();
            }
        });
    }

    [Fact]
    public async Task An_exception_from_the_step_before_delete_reaches_the_caller()
    {
        await using var mock = new MockServer(new() { Jobs = 10 });
        using var client = mock.Client();
        var options = new BulkDeleteOptions { BeforeDelete = (_, _) => throw new InvalidOperationException("archive bug") };

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => AllAsync(client.PreRecorded().DeleteAllAsync(Everything, options)));

        Assert.Equal("archive bug", thrown.Message);
        Assert.Equal(10, (await ListedAsync(client, JobQuery.Default)).Count);
    }

    [Fact]
    public void Match_runs_the_function_for_each_case()
    {
        var job = PreRecordedModelFactory.DoneJob().ToEnvelope();
        var error = new PreRecordedError.TransportFailure("x");
        DeleteOutcome[] all = [new DeleteOutcome.Deleted(job), new DeleteOutcome.WouldDelete(job), new DeleteOutcome.Skipped(job, SkipReason.Pending), new DeleteOutcome.Failed(job, error), new DeleteOutcome.ListingFailed(error)];
        Assert.Equal(["deleted", "would", "skipped", "failed", "listing"], all.Select(o => o.Match(_ => "deleted", _ => "would", _ => "skipped", _ => "failed", _ => "listing")));
    }

    [Fact]
    public void Match_refuses_a_missing_function()
    {
        var outcome = new DeleteOutcome.Deleted(PreRecordedModelFactory.DoneJob().ToEnvelope());
        Func<DeleteOutcome, string> any = _ => "";
        Assert.Throws<ArgumentNullException>(() => outcome.Match(null!, any, any, any, any));
        Assert.Throws<ArgumentNullException>(() => outcome.Match(any, null!, any, any, any));
        Assert.Throws<ArgumentNullException>(() => outcome.Match(any, any, null!, any, any));
        Assert.Throws<ArgumentNullException>(() => outcome.Match(any, any, any, null!, any));
        Assert.Throws<ArgumentNullException>(() => outcome.Match(any, any, any, any, null!));
    }

    [Fact]
    public void The_defaults_are_four_at_a_time_for_real_with_five_rate_limit_retries()
    {
        Assert.Equal(4, BulkDeleteOptions.Default.MaxConcurrency);
        Assert.False(BulkDeleteOptions.Default.DryRun);
        Assert.Equal(5, BulkDeleteOptions.Default.RateLimitRetries);
        Assert.Null(BulkDeleteOptions.Default.BeforeDelete);
    }

    private static ScriptedHandler OneJob(Job job, Func<int, HttpResponseMessage> deletes)
    {
        var count = 0;
        return new ScriptedHandler((request, _) =>
            request.Method == HttpMethod.Delete ? deletes(Interlocked.Increment(ref count)) : Wire.Json(Wire.PageJson([job], next: null)));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
