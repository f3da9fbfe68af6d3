using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>Why a job failed, as a <c>transcription.error</c> callback tells it (Gladia's <c>ErrorDTO</c>).</summary>
/// <param name="Code">The error code, HTTP-like (e.g. 400, 500).</param>
/// <param name="Message">The error message.</param>
public sealed record JobFailure(int Code, string Message) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal JobFailure()
        : this(0, null!)
    {
        WireCode = null;
    }

    /// <summary>The error code, HTTP-like (e.g. 400, 500).</summary>
    [JsonIgnore]
    public int Code => WireCode.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("code")]
    internal int? WireCode { get; set; } = Code;

    /// <summary>The error message.</summary>
    [JsonInclude]
    public string Message { get; internal set; } = Message;

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(WireCode.HasValue, "error", "code");
        RequiredMembers.Check(Message is not null, "error", "message");
    }
}
