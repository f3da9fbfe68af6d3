using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary><c>GET /v2/pre-recorded/{id}</c> and <c>GET /v2/live/{id}</c>: the job's pre-serialised JSON, or 404.</summary>
internal static class GetJob
{
    public static IResult Handle(string id, JobStore store) =>
        store.Find(id) is { } job
            ? new JsonBytesResult(job.Json)
            : GladiaErrors.Result(StatusCodes.Status404NotFound, GladiaErrors.NotFound);
}
