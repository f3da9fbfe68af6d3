using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Parsing;

/// <summary>Our parser (validation, Options, Either) against plain source-generated DTOs, for a small and a large job.</summary>
[MemoryDiagnoser]
public class ParseJobBenchmarks
{
    private byte[] json = [];
    private HttpExchange exchange = null!;

    /// <summary>Small: a done job of about 5 KB. Large: about an hour of audio, 10,000+ words, about 2 MB.</summary>
    [Params("small", "large")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        json = Size == "small" ? JobJson.DoneJob(utterances: 4, wordsPerUtterance: 12) : JobJson.DoneJob(utterances: 600, wordsPerUtterance: 18);
        exchange = new HttpExchange(200, [new("Content-Type", "application/json; charset=utf-8")], json, DateTimeOffset.UnixEpoch);
        if (Responses.ParseJob(exchange).IsLeft || JsonSerializer.Deserialize(json, PlainDtoContext.Default.JobDto) is null)
        {
            throw new InvalidOperationException("the fixture must parse both ways");
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen into plain DTOs")]
    public JobDto? PlainDtos() => JsonSerializer.Deserialize(json, PlainDtoContext.Default.JobDto);

    [Benchmark(Description = "Responses.ParseJob")]
    public bool ParseJob() => Responses.ParseJob(exchange).IsRight;
}
