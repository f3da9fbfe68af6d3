namespace PreRecordedFx.Tests;

public sealed class LineBreakerTests
{
    [Fact]
    public void Short_text_stays_on_one_line() =>
        Assert.Equal(["hello world"], LineBreaker.Split("hello world", 42));

    [Fact]
    public void Text_that_fits_exactly_is_not_broken() =>
        Assert.Equal(["abcd efgh"], LineBreaker.Split("abcd efgh", 9));

    [Fact]
    public void Lines_break_at_the_last_space_that_fits() =>
        Assert.Equal(["the quick brown", "fox jumps over", "the lazy dog"], LineBreaker.Split("the quick brown fox jumps over the lazy dog", 15));

    [Fact]
    public void Runs_of_white_space_count_as_one_space() =>
        Assert.Equal(["a b", "c"], LineBreaker.Split("  a \t\n b   c ", 3));

    [Fact]
    public void Blank_text_has_no_lines() =>
        Assert.Empty(LineBreaker.Split(" \t ", 5));

    [Fact]
    public void A_word_longer_than_a_line_is_cut_into_full_lines() =>
        Assert.Equal(["abcd", "efgh", "ij k"], LineBreaker.Split("abcdefghij k", 4));

    [Fact]
    public void A_word_as_long_as_a_line_takes_the_whole_line() =>
        Assert.Equal(["ab", "abcd", "ef"], LineBreaker.Split("ab abcd ef", 4));

    [Fact]
    public void Japanese_without_spaces_is_cut_between_characters() =>
        Assert.Equal(["今日は良い", "天気ですね"], LineBreaker.Split("今日は良い天気ですね", 5));

    [Fact]
    public void Surrogate_pairs_and_combining_marks_are_never_cut_in_two()
    {
        var lines = LineBreaker.Split("😀😀😀e\u0301e\u0301", 2);
        Assert.Equal(["😀😀", "😀e\u0301", "e\u0301"], lines);
    }

    [Fact]
    public void Right_to_left_text_keeps_its_logical_order()
    {
        const string Arabic = "مرحبا بالعالم من هنا";
        var lines = LineBreaker.Split(Arabic, 13);
        Assert.Equal(["مرحبا بالعالم", "من هنا"], lines);
        Assert.Equal(Arabic, string.Join(' ', lines));
    }

    [Fact]
    public void A_line_must_hold_at_least_one_character() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LineBreaker.Split("a", 0));

    [Fact]
    public void Null_text_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => LineBreaker.Split(null!, 3));
}
