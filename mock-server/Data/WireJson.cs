using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace PreRecordedFx.MockServer.Data;

/// <summary>
/// The core's <see cref="GladiaJsonContext"/> (which already writes instants as production does,
/// <c>2026-09-10T10:38:12.431Z</c>) with raw UTF-8 text, as production sends it, instead of escaped non-ASCII.
/// </summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<Job> Job { get; } = (JsonTypeInfo<Job>)Options.GetTypeInfo(typeof(Job));

    public static JsonTypeInfo<GladiaErrorBody> ErrorBody { get; } =
        (JsonTypeInfo<GladiaErrorBody>)Options.GetTypeInfo(typeof(GladiaErrorBody));

    /// <summary>An instant as the wire writes it: UTC with exactly three fractional digits.</summary>
    public static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A detached <see cref="JsonElement"/> for a node built in code (add-on results, metadata).</summary>
    public static JsonElement Element(JsonNode? node)
    {
        using var document = JsonDocument.Parse(node is null ? "null" : node.ToJsonString());
        return document.RootElement.Clone();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(GladiaJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}
