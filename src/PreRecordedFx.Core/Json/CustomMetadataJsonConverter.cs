using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Reads <c>custom_metadata</c> as one <see cref="JsonObjectDictionary"/>, and writes any dictionary back.</summary>
internal sealed class CustomMetadataJsonConverter : JsonConverter<IReadOnlyDictionary<string, JsonElement>>
{
    public override IReadOnlyDictionary<string, JsonElement> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.StartObject
            ? new JsonObjectDictionary(JsonElement.ParseValue(ref reader))
            : throw new JsonException("custom_metadata must be an object");

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, JsonElement> value, JsonSerializerOptions options)
    {
        if (value is JsonObjectDictionary read)
        {
            read.Element.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var (key, member) in value)
        {
            writer.WritePropertyName(key);
            member.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
