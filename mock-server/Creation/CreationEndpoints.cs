using PreRecordedFx.MockServer.Endpoints;

namespace PreRecordedFx.MockServer.Creation;

/// <summary>Maps Gladia's two creation calls: upload an audio file, create a job from an audio URL.</summary>
internal static class CreationEndpoints
{
    public static IEndpointRouteBuilder MapCreationApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(UploadEndpoint.Path, UploadEndpoint.Handle)
            .WithTags("upload")
            .WithName("UploadAudio")
            .WithSummary("Uploads an audio file (multipart form data, field audio); the answer's audio_url is what job creation takes.")
            .DisableAntiforgery()
            .Produces<UploadEndpoint.UploadAnswer>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status413PayloadTooLarge);

        app.MapPost(JobsEndpoints.Path, CreateJob.Handle)
            .WithTags("pre-recorded")
            .WithName("CreateJob")
            .WithSummary("Creates a job from an audio_url (an upload link or a remote URL; a host under .invalid makes it fail): 201 with id and result_url. The job starts queued and moves to done or error.")
            .Produces<CreateJob.Created>(StatusCodes.Status201Created)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        return app;
    }
}
