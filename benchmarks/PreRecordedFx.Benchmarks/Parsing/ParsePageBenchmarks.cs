using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Parsing;

/// <summary>
/// One list page of 100 small done jobs, the unit <c>ListAllAsync</c> repeats: our parser against plain DTOs, and
/// the envelope parser against a six-field DTO (compare those two rows with each other, not with the baseline).
/// </summary>
[MemoryDiagnoser]
public class ParsePageBenchmarks
{
    private byte[] json = [];
    private HttpExchange exchange = null!;

    [GlobalSetup]
    public void Setup()
    {
        json = PageJson.Pages(new Uri("https://api.gladia.io"), pages: 2, pageSize: 100)[0];
        exchange = new HttpExchange(200, [new("Content-Type", "application/json")], json, DateTimeOffset.UnixEpoch);
        if (Responses.ParsePage(exchange).IsLeft || JsonSerializer.Deserialize(json, PageDtoContext.Default.PageDto) is null)
        {
            throw new InvalidOperationException("the fixture must parse both ways");
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen into plain DTOs")]
    public PageDto? PlainDtos() => JsonSerializer.Deserialize(json, PageDtoContext.Default.PageDto);

    [Benchmark(Description = "Responses.ParsePage")]
    public bool ParsePage() => Responses.ParsePage(exchange).IsRight;

    [Benchmark(Description = "STJ source-gen into a six-field DTO")]
    public EnvelopePageDto? SixFieldDtos() => JsonSerializer.Deserialize(json, EnvelopeDtoContext.Default.EnvelopePageDto);

    [Benchmark(Description = "Responses.ParseEnvelopePage")]
    public bool ParseEnvelopePage() => Responses.ParseEnvelopePage(exchange).IsRight;
}
