using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// The list endpoint's query parameters (its handler reads the query itself, so ASP.NET cannot infer them), encoded
/// as Gladia's SDKs send them: <c>status</c> as a repeated key (form, exploded), <c>custom_metadata</c> as bracket keys
/// (deepObject). <see cref="ListRequest"/> is what reads them.
/// </summary>
internal static class ListQueryParameters
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(Query("offset", "How many matching jobs to skip.", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0", Default = 0 }));
        operation.Parameters.Add(Query("limit", "Page size; a larger value is served as --max-limit (default 100).", new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Default = ListRequest.DefaultLimit }));
        operation.Parameters.Add(Query("date", "Only jobs created on this UTC day (YYYY-MM-DD).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date" }));
        operation.Parameters.Add(Query("before_date", "Only jobs created strictly before this instant (ISO-8601).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }));
        operation.Parameters.Add(Query("after_date", "Only jobs created strictly after this instant (ISO-8601).", new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time" }));

        var status = Query("status", "Only jobs in one of these statuses; repeat the key (status=done&status=error).", new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchemaReference(nameof(JobStatus), context.Document),
        });
        status.Style = ParameterStyle.Form;
        status.Explode = true;
        operation.Parameters.Add(status);

        var metadata = Query("custom_metadata", "Only jobs whose custom_metadata has all these values, compared as strings: custom_metadata[team]=support. The JSON form custom_metadata={\"team\":\"support\"} is accepted too.", new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        metadata.Style = ParameterStyle.DeepObject;
        metadata.Explode = true;
        operation.Parameters.Add(metadata);
        return Task.CompletedTask;
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = schema,
    };
}
