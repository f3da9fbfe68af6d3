using System.Text.Json;

namespace PreRecordedFx;

/// <summary>
/// One pass over an event's top level: its <c>event</c> name and <c>id</c>, and where its <c>payload</c>,
/// <c>error</c> and <c>custom_metadata</c> start. Which model the payload is depends on the event and on the
/// <c>id</c> (a callback has it at the top, a webhook in its payload), and members come in any order, so each
/// value is marked and skipped here and read once its model is known. Skipping checks the JSON is whole, so a
/// truncated or broken body is refused before any model is built.
/// </summary>
internal ref struct EventEnvelope
{
    public string? Name;
    public string? Id;
    public Utf8JsonReader Payload;
    public bool HasPayload;
    public Utf8JsonReader Error;
    public bool HasError;
    public Utf8JsonReader CustomMetadata;
    public bool HasCustomMetadata;

    /// <exception cref="JsonException">The body is not one whole JSON object, or its name or id is not a string.</exception>
    public static EventEnvelope Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("the event is not a JSON object");
        }

        var envelope = default(EventEnvelope);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("event"u8))
            {
                envelope.Name = ReadString(ref reader, "event");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                envelope.Id = ReadString(ref reader, "id");
            }
            else if (reader.ValueTextEquals("payload"u8))
            {
                envelope.HasPayload = Mark(ref reader, out envelope.Payload);
            }
            else if (reader.ValueTextEquals("error"u8))
            {
                envelope.HasError = Mark(ref reader, out envelope.Error);
            }
            else if (reader.ValueTextEquals("custom_metadata"u8))
            {
                envelope.HasCustomMetadata = Mark(ref reader, out envelope.CustomMetadata);
            }
            else
            {
                reader.Skip();
            }
        }

        // Anything after the object but white space makes the reader throw.
        reader.Read();
        return envelope;
    }

    private static string? ReadString(ref Utf8JsonReader reader, string member)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"the event's '{member}' is not a string"),
        };
    }

    // Keeps the reader at the member's name (where the serializer starts reading a value) and skips the value.
    // A JSON null counts as absent, as for a job's members.
    private static bool Mark(scoped ref Utf8JsonReader reader, out Utf8JsonReader at)
    {
        at = reader;
        reader.Skip();
        return reader.TokenType != JsonTokenType.Null;
    }
}
