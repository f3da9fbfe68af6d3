using Xunit.Abstractions;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>Runs the 10,000-call campaign once per test run; each test checks one property of it.</summary>
public sealed class CampaignFixture : IAsyncLifetime
{
    public const int Calls = 10_000;
    public const int Workers = 32;
    public const int Seed = 20_260_930;

    // A cap far above the usual run time: it only stops a run that has gone wrong.
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(75);

    public HostileServers Servers { get; } = new();

    public CampaignReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Servers.InitializeAsync();
        Report = await new Campaign(Servers, Seed).RunAsync(Calls, Workers, Cap);
    }

    public async Task DisposeAsync()
    {
        await Servers.DisposeAsync();
        if (Report is not null && Directory.Exists(Report.DownloadFolder))
        {
            Directory.Delete(Report.DownloadFolder, recursive: true);
        }
    }
}

/// <summary>
/// The client against a scripted hostile server on real loopback sockets (Kestrel, so resets are real resets):
/// 10,000 calls over every operation and form, under 23 kinds of fault, 32 at a time, 4 % of them cancelled by the caller.
/// </summary>
public sealed class HostileServerTests(CampaignFixture campaign, ITestOutputHelper output) : IClassFixture<CampaignFixture>
{
    // Generous on purpose: a bound on how long a call may outlive its budget, not a speed test.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(2);

    private CampaignReport Report => campaign.Report;

    [Fact]
    public void The_campaign_made_every_planned_call_and_exercised_every_fault_and_form()
    {
        output.WriteLine($"{Report.Calls.Count} calls in {Report.Elapsed.TotalSeconds:0.0} s; outcomes: "
            + string.Join(", ", Report.Calls.GroupBy(c => c.Outcome).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}")));

        Assert.True(Report.Calls.Count >= CampaignFixture.Calls, $"only {Report.Calls.Count} calls before the {CampaignFixture.Cap} cap");
        Assert.Equal(Enum.GetValues<Fault>().Order(), Report.Calls.Select(c => c.Fault).Distinct().Order());
        Assert.Equal(Enum.GetValues<Form>().Order(), Report.Calls.Select(c => c.Form).Distinct().Order());
        Assert.Contains(Report.Calls, c => c.Outcome == Outcome.Cancelled);

        // Half the calls go to live sessions, half to pre-recorded jobs.
        var api = campaign.Servers.Api;
        output.WriteLine($"{api.LiveRequests} of {api.Requests} requests to /v2/live");
        Assert.InRange(api.LiveRequests, api.Requests / 3, api.Requests * 2 / 3);
    }

    [Fact]
    public void Every_call_ends_as_a_Right_or_a_typed_Left_and_never_throws()
    {
        Assert.Empty(Report.Exceptions.Take(5));
        var untyped = Report.Calls.Where(c => c.Outcome is "Bottom" or "null").ToList();
        Assert.Empty(untyped);
    }

    [Fact]
    public void Every_call_ends_with_the_outcome_its_fault_calls_for()
    {
        var wrong = Report.Calls.Where(c => !c.AsExpected).ToList();
        foreach (var call in wrong.Take(30))
        {
            output.WriteLine(call.ToString());
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} calls ended otherwise than expected; first: {wrong.FirstOrDefault()}");
    }

    [Fact]
    public void No_call_outlives_its_timeout()
    {
        var hasty = Report.Calls.Where(c => c.Hasty).ToList();
        output.WriteLine($"longest hasty call (budget {Campaign.Hasty.TotalMilliseconds} ms): {hasty.Max(c => c.Elapsed).TotalMilliseconds:0} ms; "
            + $"longest call overall: {Report.Calls.Max(c => c.Elapsed).TotalMilliseconds:0} ms");

        var late = Report.Calls.Where(c => c.Elapsed > c.Budget + Slack).ToList();
        Assert.True(late.Count == 0, $"{late.Count} calls outlived budget + {Slack.TotalSeconds} s; first: {late.FirstOrDefault()}");
        Assert.Contains(hasty, c => c.Outcome == Outcome.Timeout);
    }

    [Fact]
    public void A_huge_body_is_refused_not_buffered()
    {
        var offered = Report.HugeAnswers * (long)HostileScript.HugeBytes;
        output.WriteLine($"{Report.HugeAnswers} huge answers offering {offered / (1 << 20)} MiB; the server pushed {Report.HugeBytesWritten / (1 << 20)} MiB at the sockets; "
            + $"the whole campaign allocated {Report.AllocatedBytes / (1 << 20)} MiB");

        Assert.True(Report.HugeAnswers >= 100, $"only {Report.HugeAnswers} huge answers");

        // Buffering even one body in ten would allocate more than this.
        Assert.True(Report.AllocatedBytes < offered / 10, $"allocated {Report.AllocatedBytes} bytes while refusing {offered}");
    }

    [Fact]
    public async Task Huge_bodies_one_after_another_allocate_far_less_than_one_body()
    {
        const int Calls = 16;
        using var client = new GladiaClient(campaign.Servers.Options(TimeSpan.FromSeconds(10)));
        var jobs = client.PreRecorded();
        var huge = new[] { Fault.HugeChunked, Fault.HugeDeclared };
        await jobs.GetAsync(HostileScript.JobId(Fault.Valid, 0)); // warm the connection and the code paths
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var n = 0; n < Calls; n++)
        {
            var id = HostileScript.JobId(huge[n % 2], n);
            var outcome = (n % 4) switch
            {
                0 => Outcome.Of(await jobs.GetAsync(id)),
                1 => Outcome.Of(await jobs.DeleteAsync(id)),
                2 => Outcome.Of(await jobs.GetFileAsync(id)),
                _ => Outcome.Of(await jobs.ListAsync(JobQuery.Default.WithCustomMetadata(HostileScript.FaultKey, huge[n % 2].ToString()).WithCustomMetadata(HostileScript.NumberKey, "0"))),
            };
            Assert.Equal(Outcome.Malformed, outcome);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        output.WriteLine($"{Calls} huge answers of {HostileScript.HugeBytes >> 20} MiB each: {allocated / 1024} KiB allocated in all");

        Assert.True(allocated < HostileScript.HugeBytes / 4, $"{allocated} bytes allocated for {Calls} refused bodies");
    }

    [Fact]
    public void The_key_never_reaches_the_other_origin()
    {
        output.WriteLine($"the other origin saw {campaign.Servers.Other.Requests} requests; the API saw {campaign.Servers.Api.Requests}");

        Assert.True(campaign.Servers.Other.Requests > 100, "redirects and links never reached the other origin");
        Assert.Equal(0, campaign.Servers.Other.RequestsWithKey);
        Assert.Equal(campaign.Servers.Api.Requests, campaign.Servers.Api.RequestsWithKey);
    }

    [Fact]
    public void No_error_or_exception_of_the_campaign_shows_the_key()
    {
        Assert.Empty(Report.LeakedKeys);
    }

    [Fact]
    public void A_download_to_a_path_leaves_a_file_exactly_when_it_succeeds()
    {
        var files = Directory.GetFiles(Report.DownloadFolder).Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(Report.DownloadedFiles);
        Assert.Equal(Report.DownloadedFiles.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal)!);
    }
}
