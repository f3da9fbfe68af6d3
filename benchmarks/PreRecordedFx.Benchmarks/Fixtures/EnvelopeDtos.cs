using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx.Benchmarks.Fixtures;

#pragma warning disable CA1002, CA2227 // plain DTOs, on purpose, like Parsing/PlainDtos.cs

/// <summary>The six fields a retention script reads of each job, as a hand-written client would declare them.</summary>
public sealed class EnvelopeDto
{
    public string Id { get; set; } = "";
    public string Status { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public Dictionary<string, JsonElement>? CustomMetadata { get; set; }
    public int? ErrorCode { get; set; }
}

/// <summary>A list page of <see cref="EnvelopeDto"/>s.</summary>
public sealed class EnvelopePageDto
{
    public string? Next { get; set; }
    public List<EnvelopeDto> Items { get; set; } = [];
}

#pragma warning restore CA1002, CA2227

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(EnvelopePageDto))]
public sealed partial class EnvelopeDtoContext : JsonSerializerContext;
