using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PreRecordedFx.MockServer.Data;

/// <summary>
/// The core's <see cref="GladiaJsonContext"/> with the two details production shows and the core leaves to
/// the runtime default: instants as <c>2026-09-10T10:38:12.431Z</c> (UTC, milliseconds) and raw UTF-8 text.
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
        options.Converters.Add(new UtcMillisecondsConverter());
        options.MakeReadOnly();
        return options;
    }

    private sealed class UtcMillisecondsConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Instant(value));
    }
}
