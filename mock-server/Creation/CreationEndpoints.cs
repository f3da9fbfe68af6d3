using Microsoft.OpenApi;
using PreRecordedFx.MockServer.Files;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire.OpenApi;

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
            .DescribesBody("multipart/form-data", OpenApiBodies.Object(1, ("audio", new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" })))
            .Produces<UploadEndpoint.UploadAnswer>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status413PayloadTooLarge);

        app.MapPost(JobsEndpoints.Path, CreateJob.Handle)
            .WithTags("pre-recorded")
            .WithName("CreateJob")
            .DescribesBody("application/json", CreateBody())
            .WithSummary("Creates a job from an audio_url (an upload link or a remote URL; a host under .invalid makes it fail): 201 with id and result_url. The job starts queued and moves to done or error; with callback and callback_config (loopback URLs unless --allow-remote-callbacks) the mock calls back when it ends.")
            .Produces<CreateJob.Created>(StatusCodes.Status201Created)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        return app;
    }

    // The members the mock checks; the other documented options are echoed in request_params as given.
    private static OpenApiSchema CreateBody()
    {
        var body = OpenApiBodies.Object(
            1,
            ("audio_url", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" }),
            ("custom_metadata", new OpenApiSchema { Type = JsonSchemaType.Object }),
            ("model", new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("solaria-1"), System.Text.Json.Nodes.JsonValue.Create("solaria-3")] }),
            ("diarization", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("subtitles", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("translation", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("summarization", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("sentences", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("language_config", new OpenApiSchema { Type = JsonSchemaType.Object }),
            ("callback", new OpenApiSchema { Type = JsonSchemaType.Boolean }),
            ("callback_config", OpenApiBodies.Object(
                1,
                ("url", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" }),
                ("method", new OpenApiSchema { Type = JsonSchemaType.String, Enum = [System.Text.Json.Nodes.JsonValue.Create("POST"), System.Text.Json.Nodes.JsonValue.Create("PUT")] }))),
            ("callback_url", new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Deprecated = true }));
        body.AdditionalPropertiesAllowed = true;
        return body;
    }
}
