using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Reads any JSON string as a <see cref="JobStatus"/>: an unknown status is data, not a failure.</summary>
internal sealed class JobStatusJsonConverter : JsonConverter<JobStatus>
{
    public override JobStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("status must be a string");
        }

        // A known status is shared rather than read into a new string: a page holds a hundred of them.
        return reader.ValueTextEquals("done"u8) ? JobStatus.Done
            : reader.ValueTextEquals("queued"u8) ? JobStatus.Queued
            : reader.ValueTextEquals("processing"u8) ? JobStatus.Processing
            : reader.ValueTextEquals("error"u8) ? JobStatus.Error
            : new JobStatus(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, JobStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
