using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// Reads and writes a <see cref="Word"/> by hand. An hour of audio holds over ten thousand words, and the
/// serializer's generic object path costs about twice a plain DTO's time and memory per word.
/// </summary>
internal sealed class WordJsonConverter : JsonConverter<Word>
{
    public override Word Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"a word must be an object, got {reader.TokenType}");
        }

        string? text = null;
        double? start = null, end = null, confidence = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("word"u8))
            {
                reader.Read();
                text = reader.TokenType == JsonTokenType.String ? reader.GetString() : throw new JsonException("word.word must be a string");
            }
            else if (reader.ValueTextEquals("start"u8))
            {
                start = Number(ref reader);
            }
            else if (reader.ValueTextEquals("end"u8))
            {
                end = Number(ref reader);
            }
            else if (reader.ValueTextEquals("confidence"u8))
            {
                confidence = Number(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return text is not null && start is { } s && end is { } e && confidence is { } c
            ? new Word(text, s, e, c)
            : throw new JsonException("a word needs word, start, end and confidence");
    }

    public override void Write(Utf8JsonWriter writer, Word value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("word"u8, value.Text);
        writer.WriteNumber("start"u8, value.Start);
        writer.WriteNumber("end"u8, value.End);
        writer.WriteNumber("confidence"u8, value.Confidence);
        writer.WriteEndObject();
    }

    private static double Number(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number ? reader.GetDouble() : throw new JsonException("word times and confidence must be numbers");
    }
}
