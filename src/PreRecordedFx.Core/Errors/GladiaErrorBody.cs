using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Gladia's error body. Note <c>statusCode</c> is camelCase on the wire, unlike every other field.</summary>
/// <param name="Timestamp">When the error happened (ISO-8601 UTC).</param>
/// <param name="Path">The request path.</param>
/// <param name="RequestId">Gladia's debug id.</param>
/// <param name="StatusCode">The HTTP status (wire name <c>statusCode</c>).</param>
/// <param name="Message">What went wrong.</param>
/// <param name="ValidationErrors">The reasons a 400 gave; <c>null</c> on the wire for other statuses.</param>
public sealed record GladiaErrorBody(
    string Timestamp,
    string Path,
    string RequestId,
    [property: JsonPropertyName("statusCode")] int StatusCode,
    string Message,
    IReadOnlyList<string>? ValidationErrors = null)
{
    /// <summary>The reasons a 400 gave; <c>null</c> on the wire for other statuses. Compared by content.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ValidationErrors { get; init => field = Copy(value); } = Copy(ValidationErrors);

    // A copy, so that a caller's list changed later does not change this body; null elements are refused as
    // malformed JSON, since the serializer fills this through the constructor.
    private static ValueList<string>? Copy(IReadOnlyList<string>? errors) =>
        errors is null ? null : ValueList<string>.Adopt(new List<string>(errors));
}
