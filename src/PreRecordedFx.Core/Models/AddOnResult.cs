using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// The envelope every add-on shares. Its <see cref="Results"/> vary by add-on and by API version,
/// so they stay raw JSON for the caller to read.
/// </summary>
/// <example><code>job.Result.Bind(r => r.Summarization).Bind(s => s.Results).Map(json => json.GetString())</code></example>
[WireModel("add-on result")]
public sealed partial record AddOnResult : IJsonOnDeserialized
{
    /// <summary>Whether the add-on produced a valid output.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("success")]
    internal bool? WireSuccess { get; set; }

    /// <summary>Whether that output is empty.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("is_empty")]
    internal bool? WireIsEmpty { get; set; }

    /// <summary>How long the add-on ran, in seconds.</summary>
    [WireRequired]
    [JsonInclude]
    [JsonPropertyName("exec_time")]
    internal double? WireExecTime { get; set; }

    /// <summary>The add-on's error when it failed.</summary>
    [JsonInclude]
    [JsonPropertyName("error")]
    internal AddOnError? WireError { get; set; }

    /// <summary>The add-on's output, as sent.</summary>
    [JsonInclude]
    [JsonPropertyName("results")]
    internal JsonElement? WireResults { get; set; }
}
