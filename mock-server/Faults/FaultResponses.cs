using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PreRecordedFx.MockServer.Wire.OpenApi;

namespace PreRecordedFx.MockServer.Faults;

/// <summary>
/// The answers the opt-in faults give (see <see cref="FaultInjectionMiddleware"/>), on every operation they
/// apply to: 429 with <c>Retry-After</c> when rate limited, and 500/502/503 with Gladia's error body.
/// </summary>
internal sealed class FaultResponses : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var (_, operation) in ErrorResponses.Operations(document))
        {
            var retryAfter = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again (--retry-after).",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" },
                },
            };
            ErrorResponses.AddTo(operation, "429", ErrorResponses.Create(document, "Rate limited (--rate-limit): too many requests in the window.", retryAfter));
            ErrorResponses.AddTo(operation, "5XX", ErrorResponses.Create(document, "A server error: 500, 502 or 503 (--error-rate), with Gladia's error body."));
        }

        return Task.CompletedTask;
    }
}
