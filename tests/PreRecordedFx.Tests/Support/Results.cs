using LanguageExt;
using Xunit.Sdk;

namespace PreRecordedFx.Tests;

/// <summary>Unwraps results in assertions, failing with the other side's content.</summary>
public static class Results
{
    public static T RightOf<T>(Either<PreRecordedError, T> result) =>
        result.Match(Right: value => value, Left: error => throw new XunitException("expected Right, got " + error));

    public static PreRecordedError LeftOf<T>(Either<PreRecordedError, T> result) =>
        result.Match(Right: value => throw new XunitException("expected Left, got " + value), Left: error => error);

    public static TError LeftOf<T, TError>(Either<PreRecordedError, T> result)
        where TError : PreRecordedError =>
        Assert.IsType<TError>(LeftOf(result));
}
