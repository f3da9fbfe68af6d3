using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// One pre-recorded transcription job, exactly as <c>GET /v2/pre-recorded/:id</c> returns it.
/// Optional wire fields are <see cref="Option{A}"/>; nothing here is ever <c>null</c>.
/// </summary>
/// <param name="Id">The job id (a UUID).</param>
/// <param name="RequestId">Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</param>
/// <param name="Version">The API version, 2.</param>
/// <param name="Status">Where the job is in its lifecycle.</param>
/// <param name="CreatedAt">When the job was created (UTC).</param>
/// <param name="CompletedAt">When it finished; set for done and error jobs.</param>
/// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
/// <param name="ErrorCode">The job's failure code (400–599) when <see cref="JobEnvelopeBase.Status"/> is error.</param>
/// <param name="PostSessionMetadata">Debugging data the service may attach.</param>
/// <param name="Kind">Always <c>"pre-recorded"</c> for these jobs.</param>
/// <param name="File">The uploaded file's description; may be absent on error.</param>
/// <param name="RequestParams">The creation options, echoed back; may be absent on error.</param>
/// <param name="Result">The transcription and add-ons, present once the job is done.</param>
public sealed record Job(
    string Id,
    string RequestId,
    int Version,
    JobStatus Status,
    DateTimeOffset CreatedAt,
    Option<DateTimeOffset> CompletedAt = default,
    Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata = default,
    Option<int> ErrorCode = default,
    Option<JsonElement> PostSessionMetadata = default,
    string Kind = JobKinds.PreRecorded,
    Option<JobFile> File = default,
    Option<RequestParams> RequestParams = default,
    Option<JobResult> Result = default)
    : TranscriptionJob<RequestParams, JobResult>(
        Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, PostSessionMetadata, Kind, File, RequestParams, Result)
{
    [JsonConstructor]
    internal Job()
        : this(null!, null!, 0, default, default) => MarkRequiredUnread();
}
