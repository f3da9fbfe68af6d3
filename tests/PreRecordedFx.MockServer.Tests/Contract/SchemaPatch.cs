using System.Text.Json.Nodes;

namespace PreRecordedFx.MockServer.Tests.Contract;

/// <summary>One deliberate change to an OpenAPI document before its schemas are used, and why.</summary>
/// <param name="Pointer">A JSON Pointer (RFC 6901) to the member to set, e.g. <c>/components/schemas/X/properties/y</c>.</param>
/// <param name="Schema">The schema to put there, as JSON text.</param>
/// <param name="Reason">Why the document is wrong or silent there (the evidence, e.g. a section of WIRE.md).</param>
internal sealed record SchemaPatch(string Pointer, string Schema, string Reason)
{
    /// <summary>Sets the member the pointer names; its parent must exist.</summary>
    public void ApplyTo(JsonNode document)
    {
        var segments = Pointer.Split('/')[1..].Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var parent = segments[..^1].Aggregate(document, (node, segment) =>
            node[segment] ?? throw new InvalidOperationException($"{Pointer}: no '{segment}' in the document"));
        parent.AsObject()[segments[^1]] = JsonNode.Parse(Schema);
    }
}
