using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PreRecordedFx.Benchmarks.MockServer;

/// <summary>Requests per second, from the mean time per operation (one operation is one request).</summary>
public sealed class RequestsPerSecondColumn : IColumn
{
    public string Id => nameof(RequestsPerSecondColumn);

    public string ColumnName => "Requests/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Requests per second: 1 s / Mean (one operation is one request)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
        summary[benchmarkCase]?.ResultStatistics is { Mean: > 0 } statistics
            ? (1e9 / statistics.Mean).ToString("N0", CultureInfo.InvariantCulture)
            : "NA";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Adds the column to a benchmark class: <c>[Config(typeof(RequestsPerSecondColumn.Config))]</c>.</summary>
    public sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RequestsPerSecondColumn());
    }
}
