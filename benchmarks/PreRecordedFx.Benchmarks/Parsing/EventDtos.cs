using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx.Benchmarks.Parsing;

// The baseline a hand-written receiver would use: Gladia's success callback as one plain DTO over PlainDtos' result.
#pragma warning disable CA1002, CA2227 // plain DTOs, on purpose

public sealed class CallbackDto
{
    public string Id { get; set; } = "";
    public string Event { get; set; } = "";
    public ResultDto? Payload { get; set; }
    public Dictionary<string, JsonElement>? CustomMetadata { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CallbackDto))]
public sealed partial class EventDtoContext : JsonSerializerContext;
