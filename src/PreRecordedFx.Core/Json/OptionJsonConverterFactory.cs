using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;
using static LanguageExt.Prelude;

namespace PreRecordedFx;

/// <summary>
/// Reads JSON <c>null</c> (or a missing member) as <c>None</c> and a value as <c>Some</c>, so that
/// optional wire fields surface as <see cref="Option{A}"/> and never as <c>null</c>.
/// </summary>
internal sealed class OptionJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Option<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(OptionJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>The converter for one <see cref="Option{A}"/> type.</summary>
internal sealed class OptionJsonConverter<T> : JsonConverter<Option<T>>
{
    public override bool HandleNull => true;

    public override Option<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return None;
        }

        var info = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        return Optional(JsonSerializer.Deserialize(ref reader, info));
    }

    public override void Write(Utf8JsonWriter writer, Option<T> value, JsonSerializerOptions options) =>
        value.Match(
            Some: v =>
            {
                // default(JsonElement) holds no value; writing it would throw, so it is written as absent.
                if (v is JsonElement { ValueKind: JsonValueKind.Undefined })
                {
                    writer.WriteNullValue();
                    return;
                }

                JsonSerializer.Serialize(writer, v, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)));
            },
            None: writer.WriteNullValue);
}
