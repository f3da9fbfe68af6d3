using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/PreRecordedFx.Benchmarks -- --filter '*'` runs everything;
// see benchmarks/README.md for one filter per table row.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
