using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PreRecordedFx;

/// <summary>
/// Reads every <see cref="IReadOnlyList{T}"/> of the models, refusing a <c>null</c> element. The serializer's
/// nullable-annotation checks stop at properties and never look inside a collection, so without this
/// <c>"items": [null]</c> would put a <c>null</c> job in a page that promises none.
/// </summary>
internal sealed class ReadOnlyListJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyList<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(ReadOnlyListJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
}

/// <summary>The converter for one <see cref="IReadOnlyList{T}"/> type.</summary>
internal sealed class ReadOnlyListJsonConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    // Looked up once per converter (one per options instance), not once per list.
    private JsonTypeInfo<T>? typeInfo;
    private JsonConverter? elementConverter;

    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"expected an array, got {reader.TokenType}");
        }

        var items = new List<T>();
        if ((elementConverter ??= options.GetConverter(typeof(T))) is DirectJsonConverter<T> direct)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(reader.TokenType == JsonTokenType.Null ? throw NullElement() : direct.Read(ref reader, typeof(T), options) ?? throw NullElement());
            }
        }
        else
        {
            var info = TypeInfo(options);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                items.Add(JsonSerializer.Deserialize(ref reader, info) ?? throw NullElement());
            }
        }

        return ValueList<T>.Own(items);
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var info = TypeInfo(options);
        writer.WriteStartArray();
        foreach (var item in value)
        {
            JsonSerializer.Serialize(writer, item, info);
        }

        writer.WriteEndArray();
    }

    private JsonTypeInfo<T> TypeInfo(JsonSerializerOptions options) =>
        typeInfo ??= (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    private static JsonException NullElement() => new("a list must not hold null");
}
