using PreRecordedFx.MockServer.Faults;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// <c>GET /v2/pre-recorded/{id}/file</c> and <c>GET /v2/live/{id}/file</c>: the audio itself, or — in production-like mode — a 302 to a signed
/// storage link, as Gladia answers.
/// </summary>
internal static class GetFile
{
    public const string NoFile = "No audio file is available for this job";

    public static IResult Handle(string id, HttpContext context, JobStore store, SignedUrls signedUrls, LiveFaults faults)
    {
        if (store.Find(id) is not { } job)
        {
            return GladiaErrors.Result(StatusCodes.Status404NotFound, GladiaErrors.NotFound);
        }

        if (!AudioFile.Exists(job))
        {
            return GladiaErrors.Result(StatusCodes.Status404NotFound, NoFile);
        }

        return faults.Settings.RedirectFiles
            ? Results.Redirect(signedUrls.Create(context.Request, job.Id))
            : AudioFile.Serve(job);
    }
}
