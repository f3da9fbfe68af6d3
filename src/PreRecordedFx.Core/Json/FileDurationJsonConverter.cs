using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// Reads a job's <c>file</c> for its <c>audio_duration</c> alone, skipping the rest unread (an envelope keeps only
/// the duration); writes a file with that duration alone.
/// </summary>
internal sealed class FileDurationJsonConverter : JsonConverter<double?>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("file must be an object");
        }

        double? seconds = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var duration = reader.ValueTextEquals("audio_duration"u8);
            reader.Read();
            if (!duration)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.Number)
            {
                seconds = reader.GetDouble();
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                throw new JsonException("file.audio_duration must be a number");
            }
        }

        return seconds;
    }

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value is { } seconds)
        {
            writer.WriteNumber("audio_duration", seconds);
        }

        writer.WriteEndObject();
    }
}
