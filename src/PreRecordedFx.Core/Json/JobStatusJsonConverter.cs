using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Reads any JSON string as a <see cref="JobStatus"/>: an unknown status is data, not a failure.</summary>
internal sealed class JobStatusJsonConverter : JsonConverter<JobStatus>
{
    public override JobStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? Intern(ref reader)
            : throw new JsonException("status must be a string");

    public override void Write(Utf8JsonWriter writer, JobStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);

    // Known statuses reuse one string each, so parsing a page allocates nothing per status.
    private static JobStatus Intern(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("done"u8) ? JobStatus.Done
        : reader.ValueTextEquals("error"u8) ? JobStatus.Error
        : reader.ValueTextEquals("queued"u8) ? JobStatus.Queued
        : reader.ValueTextEquals("processing"u8) ? JobStatus.Processing
        : new JobStatus(reader.GetString()!);
}
