using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Wire.OpenApi;

/// <summary>
/// The <c>x-gladia-key</c> header as an <c>apiKey</c> security scheme (named as in Gladia's own document), required by
/// every operation the <see cref="ApiKeyMiddleware"/> guards, each of which can then answer 401. New endpoints are
/// covered as they are mapped: the middleware's own rule decides.
/// </summary>
internal sealed class GladiaKeySecurity : IOpenApiDocumentTransformer
{
    /// <summary>The scheme's name in <c>components.securitySchemes</c>, the same as Gladia's.</summary>
    public const string SchemeName = "x_gladia_key";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyMiddleware.Header,
            Description = "Your Gladia API key; the mock's is set by --api-key (default gladia-mock-key).",
        };

        foreach (var (path, operation) in ErrorResponses.Operations(document).Where(o => !ApiKeyMiddleware.IsOpen(o.Path)))
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
            ErrorResponses.AddTo(operation, "401", ErrorResponses.Create(document, "The x-gladia-key header is missing or wrong."));
        }

        return Task.CompletedTask;
    }
}
