using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PreRecordedFx.MockServer.Files;

/// <summary>
/// The audio answers of the file and storage endpoints: a WAV (whole or a Range of it), the redirect to a signed
/// storage link in redirect mode, and for the storage link its own query parameters.
/// </summary>
internal static class AudioResponses
{
    /// <summary>For <c>GET /v2/pre-recorded/{id}/file</c>.</summary>
    public static Task DescribeFile(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        DescribeAudio(operation);
        operation.Responses!["302"] = new OpenApiResponse
        {
            Description = "Redirect mode (--redirect-files): the audio is at a signed, short-lived storage link on the mock.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Location"] = new OpenApiHeader { Required = true, Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri" } },
            },
        };
        return Task.CompletedTask;
    }

    /// <summary>For <c>GET /storage/{id}</c>.</summary>
    public static Task DescribeStorage(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        DescribeAudio(operation);
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter { Name = "expires", In = ParameterLocation.Query, Required = true, Description = "Unix time the link expires at.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } });
        operation.Parameters.Add(new OpenApiParameter { Name = "signature", In = ParameterLocation.Query, Required = true, Description = "The link's signature.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        return Task.CompletedTask;
    }

    private static void DescribeAudio(OpenApiOperation operation)
    {
        operation.Responses ??= [];
        operation.Responses["200"] = Audio("The job's audio as a 16 kHz 16-bit PCM WAV.");
        operation.Responses["206"] = Audio("The requested byte range of the WAV (Range requests).");
        operation.Responses["416"] = new OpenApiResponse
        {
            Description = "The requested range is outside the file (empty body).",
            Headers = new Dictionary<string, IOpenApiHeader> { ["Content-Range"] = Header("bytes */<length of the file>") },
        };
    }

    private static OpenApiResponse Audio(string description) => new()
    {
        Description = description,
        Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Content-Disposition"] = Header("attachment, with the job's file name."),
            ["Accept-Ranges"] = Header("bytes"),
            ["Content-Range"] = Header("On 206: the range sent, bytes <first>-<last>/<length>."),
        },
        Content = new Dictionary<string, OpenApiMediaType>
        {
            [AudioFile.ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
        },
    };

    private static OpenApiHeader Header(string description) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
