using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Parsing;

/// <summary>
/// <c>GladiaEvents.Parse</c> (the envelope scan, the result model with its checks, <c>Option</c>s, the union,
/// <c>Either</c>) against one plain source-generated DTO, on a success callback carrying a small and a large result.
/// </summary>
[MemoryDiagnoser]
public class ParseEventBenchmarks
{
    private byte[] json = [];

    /// <summary>Small: the result of a done job of about 5 KB. Large: about an hour of audio, 10,000+ words.</summary>
    [Params("small", "large")]
    public string Size { get; set; } = "small";

    [GlobalSetup]
    public void Setup()
    {
        var job = JsonNode.Parse(Size == "small" ? JobJson.DoneJob(utterances: 4, wordsPerUtterance: 12) : JobJson.DoneJob(utterances: 600, wordsPerUtterance: 18))!;
        var callback = new JsonObject
        {
            ["id"] = job["id"]!.DeepClone(),
            ["event"] = "transcription.success",
            ["payload"] = job["result"]!.DeepClone(),
            ["custom_metadata"] = new JsonObject { ["user"] = "John Doe" },
        };
        json = JsonSerializer.SerializeToUtf8Bytes(callback);
        if (!GladiaEvents.Parse(json).Exists(e => e is GladiaEvent.JobSucceeded) || JsonSerializer.Deserialize(json, EventDtoContext.Default.CallbackDto)?.Payload is null)
        {
            throw new InvalidOperationException("the fixture must parse both ways");
        }
    }

    [Benchmark(Baseline = true, Description = "STJ source-gen into a plain DTO")]
    public CallbackDto? PlainDto() => JsonSerializer.Deserialize(json, EventDtoContext.Default.CallbackDto);

    [Benchmark(Description = "GladiaEvents.Parse")]
    public bool ParseEvent() => GladiaEvents.Parse(json).IsRight;
}
