using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx.Cli;

/// <summary>What <c>list_jobs</c> gives of each job: enough to choose one, without its transcript.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Status">queued, processing, done or error.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="AudioSeconds">Its audio's duration in seconds, when known.</param>
/// <param name="CustomMetadata">Its custom metadata, when it has some.</param>
/// <param name="ErrorCode">Its error code, when it failed.</param>
/// <param name="Kind">pre-recorded or live.</param>
internal sealed record JobListing(
    string Id,
    string Status,
    DateTimeOffset CreatedAt,
    double? AudioSeconds,
    IReadOnlyDictionary<string, JsonElement>? CustomMetadata,
    int? ErrorCode,
    string Kind)
{
    public static JobListing Of(JobEnvelope job) => new(
        job.Id,
        job.Status.Value,
        job.CreatedAt,
        // MatchUnsafe: LanguageExt's Match refuses a null result.
        job.AudioDuration.MatchUnsafe(Some: s => (double?)s, None: () => null),
        job.CustomMetadata.MatchUnsafe(Some: m => m, None: () => null),
        job.ErrorCode.MatchUnsafe(Some: c => (int?)c, None: () => null),
        job.Kind);
}

/// <summary>The MCP tools' own JSON: snake_case as Gladia's, nulls left out.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JobListing[]))]
[JsonSerializable(typeof(PruneReport))]
internal sealed partial class McpJson : JsonSerializerContext
{
}
