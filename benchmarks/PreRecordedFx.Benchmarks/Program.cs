using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/PreRecordedFx.Benchmarks -- --filter '*'` runs everything;
// see benchmarks/README.md for one filter per table row. The exit code is 1 when any benchmark failed to build
// or run, so that the `--job dry` smoke run in .ci/run can fail CI.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
