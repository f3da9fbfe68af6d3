using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// Writes instants as Gladia does, UTC with milliseconds and <c>Z</c> (<c>2026-09-10T10:38:12.431Z</c>),
/// rather than .NET's default <c>+00:00</c> with up to seven fraction digits. Reads any ISO-8601 form.
/// </summary>
internal sealed class WireInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> text = stackalloc char[24];
        value.UtcDateTime.TryFormat(text, out var written, WireFormat.Instant, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }
}
