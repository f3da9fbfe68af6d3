using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace PreRecordedFx.Benchmarks.Requests;

/// <summary>Building a list request with every filter: the checked builder against a hand-built query string.</summary>
[MemoryDiagnoser]
public class BuildListRequestBenchmarks
{
    private static readonly DateTimeOffset Before = new(2026, 3, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset After = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 3, 2);

    private readonly JobQuery query = JobQuery.Default
        .WithOffset(0).WithLimit(5).WithDate(Day).WithBeforeDate(Before).WithAfterDate(After)
        .WithStatus(JobStatus.Done, JobStatus.Error)
        .WithCustomMetadata("user", "John Doe").WithCustomMetadata("n", "42");

    [Benchmark(Baseline = true, Description = "hand-built query string")]
    public string HandBuilt()
    {
        var builder = new StringBuilder("/v2/pre-recorded?offset=0&limit=5&date=");
        builder.Append(Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append("&before_date=").Append(Uri.EscapeDataString(Before.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)))
            .Append("&after_date=").Append(Uri.EscapeDataString(After.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)))
            .Append("&status=done&status=error")
            .Append("&custom_metadata%5Buser%5D=").Append(Uri.EscapeDataString("John Doe"))
            .Append("&custom_metadata%5Bn%5D=").Append(Uri.EscapeDataString("42"));
        return builder.ToString();
    }

    [Benchmark(Description = "Requests.ListJobs + PathAndQuery")]
    public string Builder() =>
        PreRecordedFx.Requests.ListJobs(query).Match(Right: r => r.PathAndQuery, Left: e => e.Message);
}
