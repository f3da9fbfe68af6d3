using LanguageExt;

namespace PreRecordedFx;

/// <summary>Why an add-on failed. Lenient on purpose: a half-filled add-on error must not fail the whole job.</summary>
/// <param name="StatusCode">The add-on's status code.</param>
/// <param name="Exception">The failure's kind.</param>
/// <param name="Message">The failure's detail.</param>
public sealed record AddOnError(
    Option<int> StatusCode = default,
    Option<string> Exception = default,
    Option<string> Message = default);
