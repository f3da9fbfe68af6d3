using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>
/// The component schemas of an OpenAPI document as JSON Schema (draft 2020-12), ready to validate answers.
/// Two things make an OpenAPI document's schemas differ from plain JSON Schema, and both are handled here:
/// <list type="bullet">
/// <item>OpenAPI 3.0's <c>nullable: true</c> (Gladia's 3.1 document still uses it, and JSON Schema ignores it) is
/// rewritten to <c>anyOf: [{type: "null"}, the schema]</c> — a plain <c>type</c> union would not do, since Gladia
/// puts <c>allOf: [{$ref}]</c> beside it and the referenced schema would still refuse <c>null</c>;</item>
/// <item><c>$ref: "#/components/schemas/X"</c> points into the OpenAPI document, so the components are moved under
/// <c>$defs</c> and every reference is rewritten to <c>#/$defs/X</c>.</item>
/// </list>
/// </summary>
internal sealed class OpenApiSchemas
{
    private const string ComponentsPrefix = "#/components/schemas/";

    // A pass/fail answer is several times cheaper than the detailed one, which is only computed for a failure.
    private static readonly EvaluationOptions Passing = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };
    private static readonly EvaluationOptions Explaining = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
    private static int documents;

    private readonly JsonObject definitions;
    private readonly Uri baseUri;
    private readonly ConcurrentDictionary<string, JsonSchema> built = new(StringComparer.Ordinal);

    private OpenApiSchemas(JsonObject definitions, string name)
    {
        this.definitions = definitions;
        // Built schemas are registered by URI; one URI per loaded document keeps loads from colliding.
        baseUri = new Uri($"https://prerecordedfx.test/{name}/{Interlocked.Increment(ref documents)}/");
    }

    /// <summary>The component names, as the document lists them.</summary>
    public IEnumerable<string> Names => definitions.Select(p => p.Key);

    /// <summary>Reads the document's <c>components.schemas</c>, applying <paramref name="patches"/> first.</summary>
    public static OpenApiSchemas Load(JsonNode document, string name, IEnumerable<SchemaPatch>? patches = null)
    {
        var copy = document.DeepClone();
        foreach (var patch in patches ?? [])
        {
            patch.ApplyTo(copy);
        }

        var schemas = copy["components"]?["schemas"]?.AsObject()
            ?? throw new InvalidOperationException($"{name} has no components.schemas");
        var definitions = new JsonObject();
        foreach (var (key, schema) in schemas)
        {
            definitions[key] = Rewrite(schema);
        }

        return new OpenApiSchemas(definitions, name);
    }

    /// <summary>Whether the component exists.</summary>
    public bool Has(string component) => definitions.ContainsKey(component);

    /// <summary>Every way <paramref name="instance"/> breaks the component's schema, as "where: what" lines; empty when valid.</summary>
    public IReadOnlyList<string> Problems(string component, JsonElement instance)
    {
        var schema = built.GetOrAdd(component, Build);
        if (schema.Evaluate(instance, Passing).IsValid)
        {
            return [];
        }

        var results = schema.Evaluate(instance, Explaining);
        // The list includes the branches of oneOf/anyOf that were expected to fail; put the other errors first.
        return [.. (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .OrderBy(d => d.EvaluationPath.ToString().Contains("/oneOf/", StringComparison.Ordinal) || d.EvaluationPath.ToString().Contains("/anyOf/", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"))
            .Distinct()];
    }

    /// <summary>The rewritten schema of one component (for tests that inspect it).</summary>
    public JsonNode? Schema(string component) => definitions[component];

    private JsonSchema Build(string component)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$ref"] = "#/$defs/" + component,
            ["$defs"] = definitions.DeepClone(),
        };
        using var json = JsonDocument.Parse(root.ToJsonString());
        return JsonSchema.Build(json.RootElement.Clone(), baseUri: new Uri(baseUri, component));
    }

    // Returns the rewritten copy of an OpenAPI schema node (nullable and $ref handled at every depth).
    private static JsonNode? Rewrite(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(Rewrite)]);
            case JsonObject obj:
                var copy = new JsonObject();
                var nullable = false;
                foreach (var (key, value) in obj)
                {
                    if (key == "nullable")
                    {
                        nullable = value?.GetValueKind() == JsonValueKind.True;
                    }
                    else if (key == "$ref" && value?.GetValue<string>() is { } target && target.StartsWith(ComponentsPrefix, StringComparison.Ordinal))
                    {
                        copy[key] = "#/$defs/" + target[ComponentsPrefix.Length..];
                    }
                    else if (key is "properties" or "patternProperties" && value is JsonObject members)
                    {
                        // A map of names to schemas: its keys are member names, not keywords.
                        copy[key] = new JsonObject(members.Select(m => KeyValuePair.Create(m.Key, Rewrite(m.Value))));
                    }
                    else
                    {
                        copy[key] = Rewrite(value);
                    }
                }

                return nullable ? new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "null" }, copy) } : copy;
            default:
                return node?.DeepClone();
        }
    }
}
