using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// <c>DELETE /v2/pre-recorded/{id}</c> and <c>DELETE /v2/live/{id}</c>: 202 with an empty body; 403 while the job is queued or processing;
/// 404 when unknown or already deleted. The atomic flag makes exactly one of concurrent deletes win.
/// </summary>
internal static class DeleteJob
{
    public static IResult Handle(string id, JobStore store)
    {
        if (store.Find(id) is not { } job)
        {
            return GladiaErrors.Result(StatusCodes.Status404NotFound, GladiaErrors.NotFound);
        }

        if (job.Job.Status.IsPending)
        {
            return GladiaErrors.Result(
                StatusCodes.Status403Forbidden,
                $"Job is {job.Job.Status.Value} and cannot be deleted until it is done or in error");
        }

        return job.TryDelete()
            ? Results.StatusCode(StatusCodes.Status202Accepted)
            : GladiaErrors.Result(StatusCodes.Status404NotFound, GladiaErrors.NotFound);
    }
}
