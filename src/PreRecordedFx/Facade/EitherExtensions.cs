using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Sequencing for this library's results. <c>Select</c> and <c>SelectMany</c> let pending results
/// (<c>Task&lt;Either&lt;PreRecordedError, T&gt;&gt;</c>) compose in LINQ query syntax, stopping at the first
/// <c>Left</c>, without unwrapping anything (there is deliberately no <c>Where</c>: a filtered-out
/// <c>Either</c> has no error to carry). <c>OrThrow</c> is for callers who prefer exceptions.
/// </summary>
/// <example><code>
/// var archived = await (
///     from job in jobs.GetAsync(id)
///     from audio in jobs.GetFileAsync(job.Id)
///     from deleted in jobs.DeleteAsync(job.Id)
///     select audio.Length);
///
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

    /// <summary>Maps the value of a pending result (LINQ <c>select</c>); a <c>Left</c> passes through.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <typeparam name="TResult">The mapped type.</typeparam>
    /// <param name="source">A pending result.</param>
    /// <param name="selector">Maps the value.</param>
    /// <returns>The mapped result.</returns>
    public static async Task<Either<PreRecordedError, TResult>> Select<T, TResult>(
        this Task<Either<PreRecordedError, T>> source, Func<T, TResult> selector)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return (await source.ConfigureAwait(false)).Map(selector);
    }

    /// <summary>
    /// Runs the next step with the value of a pending result (LINQ <c>from … from …</c>); the first <c>Left</c>
    /// ends the chain and later steps are not started.
    /// </summary>
    /// <typeparam name="T">The first value's type.</typeparam>
    /// <typeparam name="TNext">The next value's type.</typeparam>
    /// <typeparam name="TResult">The combined type.</typeparam>
    /// <param name="source">A pending result.</param>
    /// <param name="bind">Starts the next step from the first value.</param>
    /// <param name="project">Combines both values.</param>
    /// <returns>The combined result, or the first error.</returns>
    public static async Task<Either<PreRecordedError, TResult>> SelectMany<T, TNext, TResult>(
        this Task<Either<PreRecordedError, T>> source,
        Func<T, Task<Either<PreRecordedError, TNext>>> bind,
        Func<T, TNext, TResult> project)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bind);
        ArgumentNullException.ThrowIfNull(project);
        var first = await source.ConfigureAwait(false);
        if (first.IsLeft)
        {
            return first.Match(Right: _ => throw new InvalidOperationException("unreachable"), Left: Either<PreRecordedError, TResult>.Left);
        }

        var value = first.Match(Right: v => v, Left: _ => throw new InvalidOperationException("unreachable"));
        var next = await bind(value).ConfigureAwait(false);
        return next.Map(second => project(value, second));
    }
}
