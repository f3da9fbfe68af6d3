using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>The mock's own <c>/openapi/v1.json</c>, read as plain JSON, and the schemas its answers must match.</summary>
internal sealed class MockDocument
{
    private MockDocument(JsonNode root)
    {
        Root = root;
        Schemas = OpenApiSchemas.Load(root, "mock");
    }

    public JsonNode Root { get; }

    public OpenApiSchemas Schemas { get; }

    public JsonObject Paths => Root["paths"]!.AsObject();

    // The document does not depend on the seed, the data or the faults, so most tests share one.
    private static readonly Lazy<Task<MockDocument>> Shared = new(async () =>
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 0 });
        return await Fetch(mock);
    });

    /// <summary>The document of a mock with default settings, fetched once per test run.</summary>
    public static Task<MockDocument> Default() => Shared.Value;

    public static async Task<MockDocument> Fetch(MockServerFactory mock)
    {
        using var client = mock.CreateClient();
        return new MockDocument(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!);
    }

    /// <summary>The operation at this path template and method, if the document has it.</summary>
    public JsonObject? Operation(string template, string method) => Paths[template]?[method.ToLowerInvariant()]?.AsObject();

    /// <summary>The path template a concrete path matches (<c>/v2/pre-recorded/abc</c> → <c>/v2/pre-recorded/{id}</c>).</summary>
    public string? TemplateOf(string path) => Paths
        .Select(p => p.Key)
        .FirstOrDefault(template => Regex.IsMatch(path, "^" + Regex.Replace(Regex.Escape(template), @"\\\{[^}]+}", "[^/]+") + "$"));

    /// <summary>
    /// The component the JSON body of this answer is described by, looked up as a client generator would: the
    /// operation's response for the status, else its <c>5XX</c> range. <c>null</c> when the document has none.
    /// </summary>
    public string? ResponseSchema(string method, string path, int status)
    {
        var responses = TemplateOf(path) is { } template ? Operation(template, method)?["responses"] : null;
        var response = responses?[status.ToString(System.Globalization.CultureInfo.InvariantCulture)] ?? responses?[$"{status / 100}XX"];
        var reference = response?["content"]?["application/json"]?["schema"]?["$ref"]?.GetValue<string>();
        return reference?[(reference.LastIndexOf('/') + 1)..];
    }
}
