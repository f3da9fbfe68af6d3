using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Faults;
using PreRecordedFx.MockServer.Files;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// Maps Gladia's four job calls for each kind (pre-recorded jobs under <c>/v2/pre-recorded</c>, live sessions under
/// <c>/v2/live</c>) and the signed storage link onto the app. Gladia manages both kinds with the same calls and
/// shapes, so both are mapped by one method onto the same handlers, each bound to its kind's store.
/// </summary>
internal static class JobsEndpoints
{
    public const string Path = Requests.JobsPath;

    public const string LivePath = Requests.LivePath;

    public static IEndpointRouteBuilder MapJobsApi(this IEndpointRouteBuilder app)
    {
        app.MapKind(new(JobKind.PreRecorded, "pre-recorded", "Job", "Jobs", "job", typeof(Job), typeof(JobPage)));
        app.MapKind(new(JobKind.Live, "live", "LiveSession", "LiveSessions", "live session", typeof(LiveSession), typeof(LiveSessionPage)));

        app.MapGet(StorageEndpoint.Path + "/{id}", StorageEndpoint.Handle)
            .WithTags("storage")
            .WithName("GetStoredFile")
            .WithSummary("The signed, short-lived storage link file downloads redirect to; needs no API key.")
            .AddOpenApiOperationTransformer(AudioResponses.DescribeStorage)
            .Produces<GladiaErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        return app;
    }

    private static void MapKind(this IEndpointRouteBuilder app, KindApi api)
    {
        var kind = api.Kind;
        var group = app.MapGroup(Requests.CollectionPath(kind)).WithTags(api.Tag);

        group.MapGet(string.Empty, (HttpContext context, JobStores stores, IOptions<MockServerOptions> options) => ListJobs.Handle(context, stores.Of(kind), options))
            .WithName("List" + api.Plural)
            .WithSummary($"Lists {api.Noun}s, newest first, with paging and filters (offset, limit, date, before_date, after_date, status, custom_metadata).")
            .Produces(StatusCodes.Status200OK, api.Page)
            .AddOpenApiOperationTransformer(ListQueryParameters.Describe)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        group.MapGet("/{id}", (string id, JobStores stores) => GetJob.Handle(id, stores.Of(kind)))
            .WithName("Get" + api.Singular)
            .WithSummary($"Gets one {api.Noun}.")
            .Produces(StatusCodes.Status200OK, api.Item)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/file", (string id, HttpContext context, JobStores stores, SignedUrls signedUrls, LiveFaults faults) => GetFile.Handle(id, context, stores.Of(kind), signedUrls, faults))
            .WithName("Get" + api.Singular + "File")
            .WithSummary($"Downloads the {api.Noun}'s audio as WAV (Range requests supported), or redirects to a signed storage URL in redirect mode.")
            .AddOpenApiOperationTransformer(AudioResponses.DescribeFile)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        group.MapDelete("/{id}", (string id, JobStores stores) => DeleteJob.Handle(id, stores.Of(kind)))
            .WithName("Delete" + api.Singular)
            .WithSummary($"Deletes a finished {api.Noun} (202, empty body); queued or processing ones cannot be deleted (403).")
            .Produces(StatusCodes.Status202Accepted)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status403Forbidden)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);
    }

    /// <summary>How one kind's calls are named and described: its tag, operation names, noun and wire types.</summary>
    private sealed record KindApi(JobKind Kind, string Tag, string Singular, string Plural, string Noun, Type Item, Type Page);
}
