using LanguageExt;

namespace PreRecordedFx;

/// <summary>What Gladia's error body said, for support requests and for showing to a person.</summary>
/// <param name="Message">The service's message, or a description of the status when the body said nothing.</param>
/// <param name="RequestId">Gladia's <c>request_id</c>, to quote to support.</param>
/// <param name="CallId">The <c>x-aipi-call-id</c> response header.</param>
/// <param name="ValidationErrors">The reasons a 400 gave; empty otherwise.</param>
public sealed record ServiceDetail(
    string Message,
    Option<string> RequestId,
    Option<string> CallId,
    IReadOnlyList<string> ValidationErrors)
{
    /// <summary>The reasons a 400 gave; empty otherwise. Compared by content.</summary>
    public IReadOnlyList<string> ValidationErrors { get; init => field = ValueList<string>.From(value); } = ValueList<string>.From(ValidationErrors);

    /// <summary>A detail with only a message.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The detail.</returns>
    public static ServiceDetail Of(string message) => new(message, Option<string>.None, Option<string>.None, []);
}
