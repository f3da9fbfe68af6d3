using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Wire.OpenApi;

/// <summary>
/// Turns the schemas ASP.NET generates from the core's models into the shapes the mock actually sends. The models
/// keep optional members in nullable fields, so the generated schemas say every member may be null and none is
/// required. On the wire: a member the mock always writes is required (the serializer contract in
/// <see cref="WireJson.Options"/> says which — those without a condition); a member <see cref="WireJson.OptionalMembers"/>
/// leaves out is optional and never null; only <see cref="NullableMembers"/> may be null. Also: the job status as
/// its enum, words as objects (both have custom converters the generator cannot see through).
/// </summary>
internal sealed class WireSchemas : IOpenApiDocumentTransformer
{
    /// <summary>Members written even when they have no value, as <c>null</c> — as production does.</summary>
    public static IReadOnlyDictionary<Type, string[]> NullableMembers { get; } = new Dictionary<Type, string[]>
    {
        [typeof(Job)] = ["completed_at", "custom_metadata", "error_code", "file", "request_params", "result"],
        [typeof(JobFile)] = ["filename", "source", "audio_duration", "number_of_channels"],
        [typeof(RequestParams)] = ["audio_url"],
        [typeof(AddOnResult)] = ["error", "results"],
        [typeof(JobPage)] = ["next"],
    };

    // The models' XML docs speak C# (Option<A>, dictionaries); these components get the wire's words instead.
    private static readonly Dictionary<Type, string> WireDescriptions = new()
    {
        [typeof(Job)] = "One pre-recorded transcription job, as GET /v2/pre-recorded/{id} returns it.",
        [typeof(AddOnResult)] = "The envelope every add-on shares; results vary by add-on (summarization: a string; sentences: strings; sentiment_analysis, named_entity_recognition, translation: objects).",
        [typeof(RequestParams)] = "The options the job was created with, echoed back; members beyond those listed are kept as sent.",
    };

    private static readonly Type[] Models =
    [
        typeof(Job), typeof(JobFile), typeof(RequestParams), typeof(LanguageConfig), typeof(JobResult), typeof(ResultMetadata),
        typeof(Transcription), typeof(Utterance), typeof(Subtitle), typeof(AddOnResult), typeof(AddOnError), typeof(JobPage),
    ];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return Task.CompletedTask;
        }

        foreach (var model in Models)
        {
            if (schemas.TryGetValue(model.Name, out var found) && found is OpenApiSchema schema)
            {
                Shape(schema, model);
            }
        }

        if (schemas.ContainsKey(nameof(JobStatus)))
        {
            schemas[nameof(JobStatus)] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. JobStatus.Known.Select(s => (JsonNode)JsonValue.Create(s.Value))],
                Description = "Where the job is in its lifecycle.",
            };
        }

        if (schemas.TryGetValue(nameof(Utterance), out var utterance) && utterance is OpenApiSchema { Properties: { } members }
            && members.TryGetValue("words", out var words) && words is OpenApiSchema wordList)
        {
            schemas[nameof(Word)] = WordSchema();
            wordList.Items = new OpenApiSchemaReference(nameof(Word), document);
        }

        if (schemas.TryGetValue(nameof(Job), out var job) && job is OpenApiSchema { Properties: { } jobMembers }
            && jobMembers.TryGetValue("id", out var id) && id is OpenApiSchema idSchema)
        {
            idSchema.Format = "uuid";
        }

        return Task.CompletedTask;
    }

    private static void Shape(OpenApiSchema schema, Type model)
    {
        // The XML docs' <example> code is for C# readers, not a JSON example.
        schema.Examples = null;
        if (WireDescriptions.TryGetValue(model, out var description))
        {
            schema.Description = description;
        }

        if (schema.Properties is not { } properties)
        {
            return;
        }

        var contract = WireJson.Options.GetTypeInfo(model);
        var nullable = NullableMembers.GetValueOrDefault(model) ?? [];
        schema.Required = new HashSet<string>(
            contract.Properties.Where(p => p.ShouldSerialize is null && properties.ContainsKey(p.Name)).Select(p => p.Name),
            StringComparer.Ordinal);
        foreach (var name in properties.Keys.ToList())
        {
            // Raw JSON (JsonElement, any value) already admits null: oneOf [null, any] would refuse null as matching both.
            if (!nullable.Contains(name, StringComparer.Ordinal) || IsRawJson(properties[name]))
            {
                properties[name] = NeverNull(properties[name]);
            }
        }
    }

    // Nullable members come as a type union with "null", or, for references, as oneOf [null, $ref].
    private static IOpenApiSchema NeverNull(IOpenApiSchema property)
    {
        if (property is not OpenApiSchema inline)
        {
            return property;
        }

        if (inline.OneOf is { Count: 2 } choices && choices[0] is OpenApiSchema { Type: JsonSchemaType.Null })
        {
            return choices[1];
        }

        if (inline.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        {
            inline.Type = type & ~JsonSchemaType.Null;
        }

        return inline;
    }

    private static bool IsRawJson(IOpenApiSchema property) =>
        property is OpenApiSchema { OneOf: { Count: 2 } choices } && choices[1] is OpenApiSchemaReference { Reference.Id: nameof(System.Text.Json.JsonElement) };

    private static OpenApiSchema WordSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "One word, with its leading space (concatenated, the words give the utterance's text).",
        Required = new HashSet<string>(["word", "start", "end", "confidence"], StringComparer.Ordinal),
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["word"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["start"] = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
            ["end"] = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
            ["confidence"] = new OpenApiSchema { Type = JsonSchemaType.Number, Format = "double" },
        },
    };
}
