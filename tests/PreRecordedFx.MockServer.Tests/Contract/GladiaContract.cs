using System.Text.Json.Nodes;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// Gladia's own OpenAPI document (a copy of <c>shared/reference/gladia-openapi.json</c>, kept beside this file) with
/// the few places where production — and so the mock — knowingly differs from it. Those exceptions are listed here
/// and nowhere else, each with its reason; everything else the mock sends must match the document as written.
/// </summary>
internal static class GladiaContract
{
    /// <summary>The schema the error bodies of statuses the document is silent about are checked against.</summary>
    public const string UndocumentedErrorResponse = "UndocumentedStatusErrorResponse";

    /// <summary>Where production differs from Gladia's document; see WIRE.md beside the reference document.</summary>
    public static IReadOnlyList<SchemaPatch> Exceptions { get; } =
    [
        new(
            "/components/schemas/PreRecordedResponse/properties/custom_metadata",
            """{ "type": "object", "additionalProperties": true, "nullable": true }""",
            "Production sends custom_metadata: null for a job created without metadata; the document says object (WIRE.md, 'A job')."),
        new(
            "/components/schemas/StreamingResponse/properties/custom_metadata",
            """{ "type": "object", "additionalProperties": true, "nullable": true }""",
            "A live session has the same envelope as a job (Gladia's own StreamingResponse repeats PreRecordedResponse's members), so the mock sends custom_metadata: null for one created without metadata, as production does for jobs (WIRE.md, 'A job'). WIRE.md has no live capture: this follows the shared envelope, not an observed live answer."),
        new(
            "/components/schemas/SentimentAnalysisDTO/properties/results",
            """{ "type": "array", "items": { "type": "object" }, "nullable": true }""",
            "Production sends sentiment_analysis.results as an array of objects (text, sentiment, emotion, times); the document says string (WIRE.md, 'result')."),
        new(
            "/components/schemas/" + UndocumentedErrorResponse,
            """{ "allOf": [ { "$ref": "#/components/schemas/UnauthorizedErrorResponse" } ] }""",
            "The document gives no body for 405, 429 and 5xx; production answers them with the same error body as every other status (WIRE.md, 'Error body'), so they are held to that shape."),
    ];

    /// <summary>Gladia's schemas with <see cref="Exceptions"/> applied; loaded once per test run.</summary>
    public static OpenApiSchemas Schemas => Loaded.Value;

    private static readonly Lazy<OpenApiSchemas> Loaded = new(() =>
        OpenApiSchemas.Load(Document(), "gladia", Exceptions));

    /// <summary>The document as shipped, without exceptions.</summary>
    public static JsonNode Document() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contract", "gladia-openapi.json")))!;

    /// <summary>The component an error body with this status must match.</summary>
    public static string ErrorSchemaFor(int status) => status switch
    {
        400 => "BadRequestErrorResponse",
        401 => "UnauthorizedErrorResponse",
        403 => "ForbiddenErrorResponse",
        404 => "NotFoundErrorResponse",
        413 => "PayloadTooLargeErrorResponse",
        422 => "UnprocessableEntityErrorResponse",
        _ => UndocumentedErrorResponse,
    };
}
