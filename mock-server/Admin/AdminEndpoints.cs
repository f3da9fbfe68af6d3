using Microsoft.AspNetCore.Http.HttpResults;
using PreRecordedFx.MockServer.Wire;
using PreRecordedFx.MockServer.Wire.OpenApi;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// The admin API beside the mocked one, under <c>/__admin</c> (never under <c>/v2</c>): reset, the request journal,
/// loading and removing jobs and live sessions, and the faults in force. It needs no <c>x-gladia-key</c>, only <c>x-admin-key</c> when
/// one is configured; its own requests are not journaled and get no injected faults.
/// </summary>
internal static class AdminEndpoints
{
    public const string Path = "/__admin";

    public static bool Covers(PathString path) => path.StartsWithSegments(Path, StringComparison.Ordinal);

    public static IEndpointRouteBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(Path).WithTags("admin");

        admin.MapPost("/reset", Reset)
            .WithName("AdminReset")
            .WithSummary("Puts the mock back as it started: seeded jobs and live sessions (deleted ones return), faults and counters as configured, empty journals, no uploads, no callbacks pending.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapGet("/requests", (MockAdmin mock) => TypedResults.Json(mock.Requests(), AdminJson.Options))
            .WithName("AdminListRequests")
            .WithSummary("The request journal, oldest first: time, method, path and query, status, size, duration_ms. Admin requests are not journaled; headers (keys) never are.")
            .Produces<IReadOnlyList<JournalEntry>>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapDelete("/requests", ClearRequests)
            .WithName("AdminClearRequests")
            .WithSummary("Empties the request journal.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapGet("/callbacks", (MockAdmin mock) => TypedResults.Json(mock.Callbacks(), AdminJson.Options))
            .WithName("AdminListCallbacks")
            .WithSummary("The callbacks and webhooks sent, oldest first, once delivered or given up: time, kind, event, job_id, method, target (query masked), status, delivered, attempts, failure.")
            .Produces<IReadOnlyList<CallbackDelivery>>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapDelete("/callbacks", ClearCallbacks)
            .WithName("AdminClearCallbacks")
            .WithSummary("Empties the callback journal.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapPut("/jobs/{id}", (string id, HttpRequest request, MockAdmin mock) => PutJob(JobKind.PreRecorded, id, request, mock))
            .WithName("AdminPutJob")
            .DescribesJsonBody<Job>()
            .WithSummary("Loads a job from its wire JSON (e.g. saved from the real API), checked by the client's parser; served byte for byte as given. 201 when new, 200 when it replaced one.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapDelete("/jobs/{id}", (string id, MockAdmin mock) => RemoveJob(JobKind.PreRecorded, id, mock))
            .WithName("AdminRemoveJob")
            .WithSummary("Removes a job outright (it is back after a reset if it was seeded).")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        // The live equivalents: the same operations on the live sessions' store, the body a StreamingResponse.
        admin.MapPut("/live/{id}", (string id, HttpRequest request, MockAdmin mock) => PutJob(JobKind.Live, id, request, mock))
            .WithName("AdminPutLiveSession")
            .DescribesJsonBody<LiveSession>()
            .WithSummary("Loads a live session from its wire JSON (as GET /v2/live/{id} answers it), checked by the client's parser; served byte for byte as given. 201 when new, 200 when it replaced one.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapDelete("/live/{id}", (string id, MockAdmin mock) => RemoveJob(JobKind.Live, id, mock))
            .WithName("AdminRemoveLiveSession")
            .WithSummary("Removes a live session outright (it is back after a reset if it was seeded).")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized)
            .Produces<GladiaErrorBody>(StatusCodes.Status404NotFound);

        admin.MapGet("/faults", (MockAdmin mock) => TypedResults.Json(mock.Faults(), AdminJson.Options))
            .WithName("AdminGetFaults")
            .WithSummary("The faults in force, and the one-shot faults still armed with their remaining counts.")
            .Produces<FaultSettings>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapPut("/faults", SetFaults)
            .WithName("AdminSetFaults")
            .DescribesJsonBody<FaultSettings>()
            .WithSummary("Replaces the faults in force (members left out are off) and the armed one-shot faults.")
            .Produces<FaultSettings>(StatusCodes.Status200OK)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        admin.MapPost("/faults/one-shots", AddOneShot)
            .WithName("AdminAddOneShotFault")
            .DescribesJsonBody<OneShotFault>()
            .WithSummary("Arms a one-shot fault: the next count requests matching method and path get status (with retry_after, body), or a truncated answer.")
            .Produces<FaultSettings>(StatusCodes.Status201Created)
            .Produces<GladiaErrorBody>(StatusCodes.Status400BadRequest)
            .Produces<GladiaErrorBody>(StatusCodes.Status401Unauthorized);

        return app;
    }

    private static NoContent Reset(MockAdmin mock)
    {
        mock.Reset();
        return TypedResults.NoContent();
    }

    private static NoContent ClearRequests(MockAdmin mock)
    {
        mock.ClearRequests();
        return TypedResults.NoContent();
    }

    private static NoContent ClearCallbacks(MockAdmin mock)
    {
        mock.ClearCallbacks();
        return TypedResults.NoContent();
    }

    /// <summary>The admin path segment of a kind's jobs: <c>jobs</c> or <c>live</c>.</summary>
    public static string Segment(JobKind kind) => kind == JobKind.Live ? "live" : "jobs";

    private static async Task<IResult> PutJob(JobKind kind, string id, HttpRequest request, MockAdmin mock)
    {
        var invalid = kind == JobKind.Live ? "Bad request: invalid live session" : "Bad request: invalid job";
        if (await AdminJson.ReadBodyAsync(request) is not { } json)
        {
            return Invalid(invalid, [$"The body must not be larger than {AdminJson.MaxBodyBytes} bytes"]);
        }

        var problems = mock.PutJob(kind, id, json, out var replaced);
        if (problems.Count > 0)
        {
            return Invalid(invalid, problems);
        }

        return new JsonBytesResult(json, replaced ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }

    private static IResult RemoveJob(JobKind kind, string id, MockAdmin mock) =>
        mock.RemoveJob(kind, id) ? TypedResults.NoContent() : GladiaErrors.Result(StatusCodes.Status404NotFound, GladiaErrors.NotFound);

    private static async Task<IResult> SetFaults(HttpRequest request, MockAdmin mock)
    {
        var (settings, readProblems) = await AdminJson.ReadAsync<FaultSettings>(request);
        var problems = settings is null ? readProblems : mock.SetFaults(settings);
        return problems.Count > 0
            ? Invalid("Bad request: invalid fault settings", problems)
            : TypedResults.Json(mock.Faults(), AdminJson.Options);
    }

    private static async Task<IResult> AddOneShot(HttpRequest request, MockAdmin mock)
    {
        var (fault, readProblems) = await AdminJson.ReadAsync<OneShotFault>(request);
        var problems = fault is null ? readProblems : mock.AddOneShotFault(fault);
        return problems.Count > 0
            ? Invalid("Bad request: invalid one-shot fault", problems)
            : TypedResults.Json(mock.Faults(), AdminJson.Options, statusCode: StatusCodes.Status201Created);
    }

    private static IResult Invalid(string message, IReadOnlyList<string> problems) =>
        GladiaErrors.Result(StatusCodes.Status400BadRequest, message, problems);
}
