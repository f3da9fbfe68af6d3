using LanguageExt;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>OrThrow, Select and SelectMany on both sides, as LINQ users compose them.</summary>
public class EitherSequencingTests
{
    private static readonly PreRecordedError Missing = new PreRecordedError.InvalidArgument("jobId", "missing");

    private static Task<Either<PreRecordedError, int>> Right(int value) => Task.FromResult(Either<PreRecordedError, int>.Right(value));

    private static Task<Either<PreRecordedError, int>> Left() => Task.FromResult(Either<PreRecordedError, int>.Left(Missing));

    [Fact]
    public async Task OrThrow_returns_a_Right_and_throws_a_Left_carrying_the_error()
    {
        Assert.Equal(7, await Right(7).OrThrow());
        Assert.Equal(7, Either<PreRecordedError, int>.Right(7).OrThrow());

        var pending = await Assert.ThrowsAsync<PreRecordedException>(() => Left().OrThrow());
        var immediate = Assert.Throws<PreRecordedException>(() => Either<PreRecordedError, int>.Left(Missing).OrThrow());

        Assert.Same(Missing, pending.Error);
        Assert.Same(Missing, immediate.Error);
        Assert.Equal(Missing.Message, pending.Message);
    }

    [Fact]
    public async Task Select_passes_a_Left_through_without_calling_the_selector()
    {
        var called = false;

        var result = await Left().Select(v =>
        {
            called = true;
            return v + 1;
        });

        Assert.Same(Missing, LeftOf(result));
        Assert.False(called);
        Assert.Equal(8, RightOf(await Right(7).Select(v => v + 1)));
    }

    [Fact]
    public async Task SelectMany_combines_two_Rights()
    {
        var result = await (from a in Right(2) from b in Right(3) select a * 10 + b);

        Assert.Equal(23, RightOf(result));
    }

    [Fact]
    public async Task SelectMany_stops_at_a_first_Left_without_starting_the_next_step()
    {
        var started = 0;

        var result = await Left().SelectMany(
            a =>
            {
                started++;
                return Right(a);
            },
            (a, b) => a + b);

        Assert.Same(Missing, LeftOf(result));
        Assert.Equal(0, started);
    }

    [Fact]
    public async Task SelectMany_returns_the_second_steps_Left_without_projecting()
    {
        var projected = false;

        var result = await Right(1).SelectMany(
            _ => Left(),
            (a, b) =>
            {
                projected = true;
                return a + b;
            });

        Assert.Same(Missing, LeftOf(result));
        Assert.False(projected);
    }

    [Fact]
    public async Task Null_arguments_are_rejected_with_their_names()
    {
        Assert.Equal("result", (await Assert.ThrowsAsync<ArgumentNullException>(() => ((Task<Either<PreRecordedError, int>>)null!).OrThrow())).ParamName);
        Assert.Equal("source", (await Assert.ThrowsAsync<ArgumentNullException>(() => ((Task<Either<PreRecordedError, int>>)null!).Select(v => v))).ParamName);
        Assert.Equal("selector", (await Assert.ThrowsAsync<ArgumentNullException>(() => Right(1).Select<int, int>(null!))).ParamName);
        Assert.Equal("source", (await Assert.ThrowsAsync<ArgumentNullException>(() => ((Task<Either<PreRecordedError, int>>)null!).SelectMany(_ => Right(1), (a, b) => a))).ParamName);
        Assert.Equal("bind", (await Assert.ThrowsAsync<ArgumentNullException>(() => Right(1).SelectMany<int, int, int>(null!, (a, b) => a))).ParamName);
        Assert.Equal("project", (await Assert.ThrowsAsync<ArgumentNullException>(() => Right(1).SelectMany<int, int, int>(_ => Right(1), null!))).ParamName);
    }
}
