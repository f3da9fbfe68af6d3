using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
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
    // Looked up once per converter (one per options instance), not once per value written.
    private JsonTypeInfo<T>? typeInfo;

    public override Option<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return None;
        }

        return Optional(ReadValue(ref reader));
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

                JsonSerializer.Serialize(writer, v, TypeInfo(options));
            },
            None: writer.WriteNullValue);

    // The values the models keep in an Option are read straight from the reader: a nested Deserialize per
    // optional value costs a fresh read state (and a scan ahead of the value) each time, which made parsing about
    // twice as slow as plain DTOs. Objects are not read here at all: the models keep them in nullable wire
    // properties that the serializer reads natively (see WireOption).
    private static T ReadValue(ref Utf8JsonReader reader)
    {
        if (typeof(T) == typeof(string))
        {
            return reader.TokenType == JsonTokenType.String ? (T)(object)reader.GetString()! : throw Mismatch();
        }

        if (typeof(T) == typeof(double))
        {
            var value = reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : throw Mismatch();
            return Unsafe.As<double, T>(ref value);
        }

        if (typeof(T) == typeof(int))
        {
            var value = reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw Mismatch();
            return Unsafe.As<int, T>(ref value);
        }

        if (typeof(T) == typeof(bool))
        {
            var value = reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : throw Mismatch();
            return Unsafe.As<bool, T>(ref value);
        }

        if (typeof(T) == typeof(DateTimeOffset))
        {
            var value = reader.TokenType == JsonTokenType.String ? reader.GetDateTimeOffset() : throw Mismatch();
            return Unsafe.As<DateTimeOffset, T>(ref value);
        }

        if (typeof(T) == typeof(JsonElement))
        {
            var value = JsonElement.ParseValue(ref reader);
            return Unsafe.As<JsonElement, T>(ref value);
        }

        if (typeof(T) == typeof(Uri))
        {
            // As the serializer's own Uri converter reads it.
            return reader.TokenType == JsonTokenType.String && Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var uri)
                ? (T)(object)uri
                : throw Mismatch();
        }

        throw new NotSupportedException($"Option<{typeof(T).Name}> is not read by this converter: keep the value in a nullable wire property (see WireOption).");
    }

    // Without a message the serializer writes its own, naming the type and the JSON path.
    private static JsonException Mismatch() => new();

    private JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) =>
        typeInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
