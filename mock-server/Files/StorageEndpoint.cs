using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// <c>GET /storage/{id}?expires=…&amp;signature=…</c>: the stand-in for signed object storage. No API key; a
/// bad signature or an expired link gives 403, a deleted job 404. The link names only the id, which is either a
/// pre-recorded job's or a live session's.
/// </summary>
internal static class StorageEndpoint
{
    public const string Path = "/storage";

    public static IResult Handle(string id, HttpContext context, JobStores stores, SignedUrls signedUrls)
    {
        var query = context.Request.Query;
        var verdict = signedUrls.Check(id, query["expires"].ToString(), query["signature"].ToString());
        if (verdict != SignedUrls.Verdict.Valid)
        {
            var message = verdict == SignedUrls.Verdict.Expired ? "Request has expired" : "Signature does not match";
            return GladiaErrors.Result(StatusCodes.Status403Forbidden, message);
        }

        return stores.FindAny(id) is { } job && AudioFile.Exists(job)
            ? AudioFile.Serve(job)
            : GladiaErrors.Result(StatusCodes.Status404NotFound, GladiaErrors.NotFound);
    }
}
