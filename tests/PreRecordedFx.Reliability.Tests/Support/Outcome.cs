using LanguageExt;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>How a call ended, by name: <c>Right</c>, the error case's name, or <c>Cancelled</c>.</summary>
public static class Outcome
{
    public const string Right = nameof(Right);
    public const string Cancelled = nameof(Cancelled);
    public const string Timeout = nameof(PreRecordedError.Timeout);
    public const string Malformed = nameof(PreRecordedError.MalformedResponse);
    public const string Transport = nameof(PreRecordedError.TransportFailure);
    public const string Service = nameof(PreRecordedError.ServiceError);
    public const string RateLimited = nameof(PreRecordedError.RateLimited);
    public const string InvalidArgument = nameof(PreRecordedError.InvalidArgument);

    /// <summary>The outcome's name; a Bottom or a null Left is reported as what it is, never as a typed outcome.</summary>
    public static string Of<T>(Either<PreRecordedError, T> result) =>
        result.IsBottom ? "Bottom"
        : result.Case switch
        {
            PreRecordedError error => error.GetType().Name,
            null => "null",
            _ => Right,
        };
}
