using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// One live (streaming) session, exactly as <c>GET /v2/live/:id</c> returns it (Gladia's <c>StreamingResponse</c>):
/// the same envelope and file as a <see cref="Job"/>, with the stream's parameters and the live result.
/// Optional wire fields are <see cref="Option{A}"/>; nothing here is ever <c>null</c>.
/// </summary>
/// <param name="Id">The session id (a UUID).</param>
/// <param name="RequestId">Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</param>
/// <param name="Version">The API version, 2.</param>
/// <param name="Status">Where the session is in its lifecycle.</param>
/// <param name="CreatedAt">When the session was created (UTC).</param>
/// <param name="CompletedAt">When it finished; set for done and error sessions.</param>
/// <param name="CustomMetadata">The metadata given at creation; <c>None</c> when none was given.</param>
/// <param name="ErrorCode">The session's failure code (400–599) when <see cref="JobEnvelopeBase.Status"/> is error.</param>
/// <param name="PostSessionMetadata">Debugging data the service may attach.</param>
/// <param name="Kind">Always <c>"live"</c> for these sessions.</param>
/// <param name="File">The recorded audio's description; may be absent on error.</param>
/// <param name="RequestParams">The stream's parameters, echoed back; may be absent on error.</param>
/// <param name="Result">The transcription, add-ons and real-time messages, present once the session is done.</param>
public sealed record LiveSession(
    string Id,
    string RequestId,
    int Version,
    JobStatus Status,
    DateTimeOffset CreatedAt,
    Option<DateTimeOffset> CompletedAt = default,
    Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata = default,
    Option<int> ErrorCode = default,
    Option<JsonElement> PostSessionMetadata = default,
    string Kind = JobKinds.Live,
    Option<JobFile> File = default,
    Option<LiveRequestParams> RequestParams = default,
    Option<LiveResult> Result = default)
    : TranscriptionJob<LiveRequestParams, LiveResult>(
        Id, RequestId, Version, Status, CreatedAt, CompletedAt, CustomMetadata, ErrorCode, PostSessionMetadata, Kind, File, RequestParams, Result)
{
    [JsonConstructor]
    internal LiveSession()
        : this(null!, null!, 0, default, default) => MarkRequiredUnread();
}
