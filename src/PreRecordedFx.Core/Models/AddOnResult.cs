using System.Text.Json;
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
    Option<JsonElement> Results = default);
