using PreRecordedFx.MockServer.Files;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>Maps Gladia's four pre-recorded job calls and the signed storage link onto the app.</summary>
internal static class JobsEndpoints
{
    public const string Path = "/v2/pre-recorded";

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        var jobs = app.MapGroup(Path).WithTags("pre-recorded");

        jobs.MapGet(string.Empty, ListJobs.Handle)
            .WithName("ListJobs")
            .WithSummary("Lists jobs, newest first, with paging and filters (offset, limit, date, before_date, after_date, status, custom_metadata).")
            .Produces<JobPage>(StatusCodes.Status200OK)
            .AddOpenApiOperationTransformer(ListQueryParameters.Describe)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        jobs.MapGet("/{id}", GetJob.Handle)
            .WithName("GetJob")
            .WithSummary("Gets one job.")
            .Produces<Job>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        jobs.MapGet("/{id}/file", GetFile.Handle)
            .WithName("GetJobFile")
            .WithSummary("Downloads the job's audio as WAV (Range requests supported), or redirects to a signed storage URL in redirect mode.")
            .AddOpenApiOperationTransformer(AudioResponses.DescribeFile)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        jobs.MapDelete("/{id}", DeleteJob.Handle)
            .WithName("DeleteJob")
            .WithSummary("Deletes a finished job (202, empty body); queued or processing jobs cannot be deleted (403).")
            .Produces(StatusCodes.Status202Accepted)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        app.MapGet(StorageEndpoint.Path + "/{id}", StorageEndpoint.Handle)
            .WithTags("storage")
            .WithName("GetStoredFile")
            .WithSummary("The signed, short-lived storage link file downloads redirect to; needs no API key.")
            .AddOpenApiOperationTransformer(AudioResponses.DescribeStorage)
            .Produces<GladiaErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        return app;
    }
}
