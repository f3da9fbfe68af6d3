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
    // Looked up once per converter (one per options instance), not once per value.
    private JsonTypeInfo<T>? typeInfo;

    public override bool HandleNull => true;

    public override Option<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return None;
        }

        return Optional(ReadValue(ref reader, options));
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

    // The wire's scalars are read straight from the reader: a nested Deserialize per optional value costs
    // a fresh read state (and a scan ahead of the value) each time, which dominated parsing a page of jobs.
    private T? ReadValue(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (typeof(T) == typeof(string) && reader.TokenType == JsonTokenType.String)
        {
            return (T)(object)reader.GetString()!;
        }

        if (typeof(T) == typeof(double) && reader.TokenType == JsonTokenType.Number)
        {
            var value = reader.GetDouble();
            return Unsafe.As<double, T>(ref value);
        }

        if (typeof(T) == typeof(int) && reader.TokenType == JsonTokenType.Number)
        {
            var value = reader.GetInt32();
            return Unsafe.As<int, T>(ref value);
        }

        if (typeof(T) == typeof(bool) && reader.TokenType is JsonTokenType.True or JsonTokenType.False)
        {
            var value = reader.GetBoolean();
            return Unsafe.As<bool, T>(ref value);
        }

        if (typeof(T) == typeof(DateTimeOffset) && reader.TokenType == JsonTokenType.String)
        {
            var value = reader.GetDateTimeOffset();
            return Unsafe.As<DateTimeOffset, T>(ref value);
        }

        if (typeof(T) == typeof(JsonElement))
        {
            var value = JsonElement.ParseValue(ref reader);
            return Unsafe.As<JsonElement, T>(ref value);
        }

        if (typeof(T) == typeof(Uri) && reader.TokenType == JsonTokenType.String)
        {
            // As the serializer's own Uri converter reads it.
            return Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out var uri)
                ? (T)(object)uri
                : throw new JsonException("not a URI");
        }

        // Objects never get here: the models read them through nullable wire properties (see Job.WireFile).
        return JsonSerializer.Deserialize(ref reader, TypeInfo(options));
    }

    private JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) =>
        typeInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
