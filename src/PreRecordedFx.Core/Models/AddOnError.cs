using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Why an add-on failed. Lenient on purpose: a half-filled add-on error must not fail the whole job.</summary>
/// <param name="StatusCode">The add-on's status code.</param>
/// <param name="Exception">The failure's kind.</param>
/// <param name="Message">The failure's detail.</param>
public sealed record AddOnError(
    Option<int> StatusCode = default,
    Option<string> Exception = default,
    Option<string> Message = default)
{
    [JsonConstructor]
    internal AddOnError()
        : this(StatusCode: default)
    {
    }

    /// <summary>The add-on's status code.</summary>
    [JsonIgnore]
    public Option<int> StatusCode => Prelude.Optional(WireStatusCode);

    [JsonInclude]
    [JsonPropertyName("status_code")]
    internal int? WireStatusCode { get; set; } = StatusCode.OrNullable();

    /// <summary>The failure's kind.</summary>
    [JsonIgnore]
    public Option<string> Exception => Prelude.Optional(WireException);

    [JsonInclude]
    [JsonPropertyName("exception")]
    internal string? WireException { get; set; } = Exception.OrNull();

    /// <summary>The failure's detail.</summary>
    [JsonIgnore]
    public Option<string> Message => Prelude.Optional(WireMessage);

    [JsonInclude]
    [JsonPropertyName("message")]
    internal string? WireMessage { get; set; } = Message.OrNull();
}
