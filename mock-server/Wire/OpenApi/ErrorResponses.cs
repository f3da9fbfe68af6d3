using Microsoft.OpenApi;

namespace PreRecordedFx.MockServer.Wire.OpenApi;

/// <summary>Gladia's error body as an OpenAPI response, for the transformers that add error statuses to operations.</summary>
internal static class ErrorResponses
{
    /// <summary>The component every error status points at (generated from the core's <see cref="GladiaErrorBody"/>).</summary>
    public const string Schema = nameof(GladiaErrorBody);

    public static OpenApiResponse Create(OpenApiDocument document, string description, IDictionary<string, IOpenApiHeader>? headers = null) => new()
    {
        Description = description,
        Headers = headers,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["application/json"] = new() { Schema = new OpenApiSchemaReference(Schema, document) },
        },
    };

    /// <summary>Adds the response unless the operation already describes that status.</summary>
    public static void AddTo(OpenApiOperation operation, string status, OpenApiResponse response)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd(status, response);
    }

    /// <summary>Every operation of the document, with its path template.</summary>
    public static IEnumerable<(string Path, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        from path in document.Paths ?? []
        from operation in path.Value.Operations ?? []
        select (path.Key, operation.Value);
}
