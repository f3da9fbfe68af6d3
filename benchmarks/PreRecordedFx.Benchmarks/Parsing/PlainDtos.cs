using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx.Benchmarks.Parsing;

// The baseline a hand-written client would use: mutable DTOs, nullable fields, source-generated JSON.
#pragma warning disable CA1002, CA1056, CA2227 // plain DTOs, on purpose

public sealed class JobDto
{
    public string Id { get; set; } = "";
    public string RequestId { get; set; } = "";
    public int Version { get; set; }
    public string Status { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public Dictionary<string, JsonElement>? CustomMetadata { get; set; }
    public int? ErrorCode { get; set; }
    public JsonElement? PostSessionMetadata { get; set; }
    public string Kind { get; set; } = "";
    public FileDto? File { get; set; }
    public RequestParamsDto? RequestParams { get; set; }
    public ResultDto? Result { get; set; }
}

public sealed class FileDto
{
    public string Id { get; set; } = "";
    public string? Filename { get; set; }
    public string? Source { get; set; }
    public double? AudioDuration { get; set; }
    public int? NumberOfChannels { get; set; }
}

public sealed class RequestParamsDto
{
    public string? AudioUrl { get; set; }
    public string? Model { get; set; }
    public bool? Diarization { get; set; }
    public bool? Subtitles { get; set; }
    public bool? Summarization { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

public sealed class ResultDto
{
    public MetadataDto? Metadata { get; set; }
    public TranscriptionDto? Transcription { get; set; }
    public AddOnDto? Summarization { get; set; }
    public AddOnDto? Translation { get; set; }
    public AddOnDto? SentimentAnalysis { get; set; }
}

public sealed class MetadataDto
{
    public double AudioDuration { get; set; }
    public int NumberOfDistinctChannels { get; set; }
    public double BillingTime { get; set; }
    public double TranscriptionTime { get; set; }
}

public sealed class TranscriptionDto
{
    public string FullTranscript { get; set; } = "";
    public List<string> Languages { get; set; } = [];
    public List<UtteranceDto> Utterances { get; set; } = [];
    public List<SubtitleDto>? Subtitles { get; set; }
}

public sealed class UtteranceDto
{
    public double Start { get; set; }
    public double End { get; set; }
    public double Confidence { get; set; }
    public int Channel { get; set; }
    public int? Speaker { get; set; }
    public List<WordDto> Words { get; set; } = [];
    public string Text { get; set; } = "";
    public string Language { get; set; } = "";
}

public sealed class WordDto
{
    public string Word { get; set; } = "";
    public double Start { get; set; }
    public double End { get; set; }
    public double Confidence { get; set; }
}

public sealed class SubtitleDto
{
    public string Format { get; set; } = "";
    public string Subtitles { get; set; } = "";
}

public sealed class AddOnDto
{
    public bool Success { get; set; }
    public bool IsEmpty { get; set; }
    public double ExecTime { get; set; }
    public JsonElement? Error { get; set; }
    public JsonElement? Results { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JobDto))]
public sealed partial class PlainDtoContext : JsonSerializerContext;
