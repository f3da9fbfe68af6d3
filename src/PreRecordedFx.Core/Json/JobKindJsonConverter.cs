using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// Reads a job's <c>kind</c> sharing the two strings Gladia sends (<see cref="JobKinds"/>) rather than a new string
/// per job: a bulk delete holds every matched job's envelope. Any other kind is read as it is.
/// </summary>
internal sealed class JobKindJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType != JsonTokenType.String ? throw new JsonException("kind must be a string")
        : reader.ValueTextEquals("pre-recorded"u8) ? JobKinds.PreRecorded
        : reader.ValueTextEquals("live"u8) ? JobKinds.Live
        : reader.GetString()!;

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
