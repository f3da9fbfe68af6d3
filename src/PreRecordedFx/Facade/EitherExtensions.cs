using LanguageExt;

namespace PreRecordedFx;

/// <summary>For callers who prefer exceptions: turns a <c>Left</c> into a <see cref="PreRecordedException"/>.</summary>
/// <example><code>
/// Job job = await client.PreRecorded().GetAsync(jobId).OrThrow();
/// </code></example>
public static class EitherExtensions
{
    /// <summary>The value, or throws the error as a <see cref="PreRecordedException"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">A result of this library.</param>
    /// <returns>The right value.</returns>
    /// <exception cref="PreRecordedException">The result is a <c>Left</c>; its <see cref="PreRecordedException.Error"/> says why.</exception>
    public static T OrThrow<T>(this Either<PreRecordedError, T> result) =>
        result.Match(Right: value => value, Left: error => throw new PreRecordedException(error));

    /// <summary>Awaits the result, then returns the value or throws the error as a <see cref="PreRecordedException"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="result">A pending result of this library.</param>
    /// <returns>The right value.</returns>
    /// <exception cref="PreRecordedException">The result is a <c>Left</c>.</exception>
    public static async Task<T> OrThrow<T>(this Task<Either<PreRecordedError, T>> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return (await result.ConfigureAwait(false)).OrThrow();
    }
}
