using PreRecordedFx.MockServer;
using Xunit.Abstractions;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>Runs the bounded load once; each test checks one promise of the mock under it.</summary>
public sealed class LoadFixture : IAsyncLifetime
{
    public const int Seed = 4242;

    // Far above the usual run time: it only stops a run that has gone wrong.
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(45);

    public LoopbackMock Mock { get; } = new(new MockServerOptions { Seed = 17, Jobs = 120 });

    public LoadReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await new LoadRun(Mock, Seed).RunAsync(Cap);

    public async Task DisposeAsync() => await Mock.DisposeAsync();
}

/// <summary>The mock on real loopback sockets under 64 concurrent clients mixing list, get, file and delete.</summary>
public sealed class MockLoadTests(LoadFixture load, ITestOutputHelper output) : IClassFixture<LoadFixture>
{
    private LoadReport Report => load.Report;

    [Fact]
    public void The_load_runs_its_fixed_count_and_stops_by_itself()
    {
        output.WriteLine($"{Report.Requests} requests from {LoadRun.Clients} clients in {Report.Elapsed.TotalSeconds:0.0} s; statuses: "
            + string.Join(", ", Report.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));

        Assert.False(Report.Capped, $"the run hit its {LoadFixture.Cap} cap");
        Assert.True(Report.Requests >= LoadRun.Clients * LoadRun.RequestsPerClientPerPhase * 2);
    }

    [Fact]
    public void No_request_gets_a_5xx()
    {
        Assert.DoesNotContain(Report.Statuses.Keys, status => status >= 500);
    }

    [Fact]
    public void Walking_the_pages_while_nothing_is_deleted_visits_each_job_exactly_once()
    {
        output.WriteLine($"{Report.WalksWithoutDeletes} concurrent walks over {Report.AllIds.Count} jobs");

        Assert.True(Report.WalksWithoutDeletes >= 50, $"only {Report.WalksWithoutDeletes} walks");
        Assert.Empty(Report.WalksWithoutDeletesThatDiffered);
    }

    [Fact]
    public void Walking_jobs_that_cannot_be_deleted_while_others_are_deleted_visits_each_exactly_once()
    {
        output.WriteLine($"{Report.PendingWalksDuringDeletes} walks over {Report.PendingIds.Count} queued or processing jobs during {Report.DeletedAt.Count} deletes");

        Assert.True(Report.PendingIds.Count >= 4, "too few pending jobs for the walks to page");
        Assert.True(Report.PendingWalksDuringDeletes >= 50, $"only {Report.PendingWalksDuringDeletes} walks");
        Assert.Empty(Report.PendingWalksThatDiffered);
    }

    [Fact]
    public void A_deleted_job_never_reappears_in_get_list_or_file()
    {
        var reappeared = Report.Sightings
            .Where(seen => Report.DeletedAt.TryGetValue(Report.AllIds[seen.Job], out var deleted) && seen.Started > deleted)
            .ToList();

        Assert.True(Report.DeletedAt.Count >= 10, $"only {Report.DeletedAt.Count} deletes");
        Assert.Empty(reappeared);
        Assert.Empty(Report.DeletedStillAnswering);
    }

    [Fact]
    public void After_the_load_the_store_holds_exactly_the_jobs_not_deleted()
    {
        Assert.Equal(Report.AllIds.Where(id => !Report.DeletedAt.ContainsKey(id)), Report.FinalIds);
    }

    [Fact]
    public void The_managed_heap_stays_flat_after_warm_up()
    {
        output.WriteLine($"heap after warm-up {Report.HeapAfterWarmUp / 1024} KiB, at the end {Report.HeapAtEnd / 1024} KiB");
        Assert.False(Report.Capped, "the run was cut short, so the end was never measured");

        // Generous on purpose, not a tight budget: it catches retention per request or per connection (thousands of each
        // after warm-up), not noise. The run's own records are small structs, kept alive across both measurements.
        Assert.True(Report.HeapAtEnd < (Report.HeapAfterWarmUp * 3 / 2) + (8L << 20), $"{Report.HeapAfterWarmUp} → {Report.HeapAtEnd}");
    }
}
