using System.Text.Json;
using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The envelope every add-on shares. Its <see cref="Results"/> vary by add-on and by API version,
/// so they stay raw JSON for the caller to read.
/// </summary>
/// <param name="Success">Whether the add-on produced a valid output.</param>
/// <param name="IsEmpty">Whether that output is empty.</param>
/// <param name="ExecTime">How long the add-on ran, in seconds.</param>
/// <param name="Error">The add-on's error when it failed.</param>
/// <param name="Results">The add-on's output, as sent.</param>
/// <example><code>job.Result.Bind(r => r.Summarization).Bind(s => s.Results).Map(json => json.GetString())</code></example>
public sealed record AddOnResult(
    bool Success,
    bool IsEmpty,
    double ExecTime,
    Option<AddOnError> Error = default,
    Option<JsonElement> Results = default) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal AddOnResult()
        : this(false, false, 0)
    {
        WireSuccess = null;
        WireIsEmpty = null;
        WireExecTime = null;
    }

    /// <summary>Whether the add-on produced a valid output.</summary>
    [JsonIgnore]
    public bool Success => WireSuccess.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("success")]
    internal bool? WireSuccess { get; set; } = Success;

    /// <summary>Whether that output is empty.</summary>
    [JsonIgnore]
    public bool IsEmpty => WireIsEmpty.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("is_empty")]
    internal bool? WireIsEmpty { get; set; } = IsEmpty;

    /// <summary>How long the add-on ran, in seconds.</summary>
    [JsonIgnore]
    public double ExecTime => WireExecTime.GetValueOrDefault();

    [JsonInclude]
    [JsonPropertyName("exec_time")]
    internal double? WireExecTime { get; set; } = ExecTime;

    /// <summary>The add-on's error when it failed.</summary>
    [JsonIgnore]
    public Option<AddOnError> Error => Prelude.Optional(WireError);

    [JsonInclude]
    [JsonPropertyName("error")]
    internal AddOnError? WireError { get; set; } = Error.OrNull();

    /// <summary>The add-on's output, as sent.</summary>
    [JsonIgnore]
    public Option<JsonElement> Results => Prelude.Optional(WireResults);

    [JsonInclude]
    [JsonPropertyName("results")]
    internal JsonElement? WireResults { get; set; } = Results.OrNullable();

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(WireSuccess.HasValue, "add-on result", "success");
        RequiredMembers.Check(WireIsEmpty.HasValue, "add-on result", "is_empty");
        RequiredMembers.Check(WireExecTime.HasValue, "add-on result", "exec_time");
    }
}
