using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Reads any JSON string as a <see cref="JobStatus"/>: an unknown status is data, not a failure.</summary>
internal sealed class JobStatusJsonConverter : JsonConverter<JobStatus>
{
    public override JobStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new JobStatus(reader.GetString()!)
            : throw new JsonException("status must be a string");

    public override void Write(Utf8JsonWriter writer, JobStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
