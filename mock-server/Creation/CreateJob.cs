using System.Text.Json;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Creation;

/// <summary>
/// <c>POST /v2/pre-recorded</c>: 201 with <c>{id, result_url}</c> for a valid body, Gladia's 400 with
/// <c>validation_errors</c> otherwise.
/// </summary>
internal static class CreateJob
{
    public static async Task<IResult> Handle(HttpRequest request, JobCreator creator)
    {
        if (await AdminJson.ReadBodyAsync(request) is not { } body)
        {
            return GladiaErrors.Result(StatusCodes.Status413PayloadTooLarge, "Body too large");
        }

        var (parsed, problems) = CreateRequest.Parse(body);
        var (job, creationProblems) = parsed is null ? (null, problems) : creator.Create(parsed);
        if (job is null)
        {
            return GladiaErrors.Result(StatusCodes.Status400BadRequest, "Bad request: invalid parameters", creationProblems);
        }

        var resultUrl = Links.Origin(request) + JobsEndpoints.Path + "/" + job.Id;
        return new JsonBytesResult(JsonSerializer.SerializeToUtf8Bytes(new Created(job.Id, resultUrl), AdminJson.Options), StatusCodes.Status201Created);
    }

    /// <summary>The answer, as Gladia documents it (<c>InitPreRecordedTranscriptionResponse</c>).</summary>
    internal sealed record Created(string Id, string ResultUrl);
}
