using Microsoft.OpenApi;

namespace PreRecordedFx.MockServer.Wire.OpenApi;

/// <summary>
/// Describes an endpoint's request body in the OpenAPI document without <c>Accepts</c> metadata, which would make
/// routing answer 415 to a body sent with another content type (curl's default form type, say) before the endpoint
/// can give Gladia's own 400.
/// </summary>
internal static class OpenApiBodies
{
    /// <summary>A JSON body shaped like <typeparamref name="T"/>.</summary>
    public static RouteHandlerBuilder DescribesJsonBody<T>(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
            operation.RequestBody = Body("application/json", await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken)));

    /// <summary>A body of this content type with a schema built by hand (multipart forms, free-form objects).</summary>
    public static RouteHandlerBuilder DescribesBody(this RouteHandlerBuilder builder, string contentType, OpenApiSchema schema) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = Body(contentType, schema);
            return Task.CompletedTask;
        });

    /// <summary>An object schema with these members, the first <paramref name="required"/> of them required.</summary>
    public static OpenApiSchema Object(int required, params (string Name, OpenApiSchema Schema)[] members) => new()
    {
        Type = JsonSchemaType.Object,
        Properties = members.ToDictionary(member => member.Name, member => (IOpenApiSchema)member.Schema),
        Required = members.Take(required).Select(member => member.Name).ToHashSet(),
    };

    private static OpenApiRequestBody Body(string contentType, IOpenApiSchema schema) => new()
    {
        Required = true,
        Content = new Dictionary<string, OpenApiMediaType> { [contentType] = new() { Schema = schema } },
    };
}
