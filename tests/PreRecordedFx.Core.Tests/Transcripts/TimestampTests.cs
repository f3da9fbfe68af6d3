namespace PreRecordedFx.Tests;

public sealed class TimestampTests
{
    [Theory]
    [InlineData(0, "00:00:00,000")]
    [InlineData(62.345, "00:01:02,345")]
    [InlineData(3599.9994, "00:59:59,999")]
    [InlineData(3599.9995, "01:00:00,000")]
    [InlineData(36000, "10:00:00,000")]
    [InlineData(360000.001, "100:00:00,001")]
    [InlineData(0.0005, "00:00:00,001")]
    [InlineData(0.0004, "00:00:00,000")]
    public void Srt_times_have_two_digit_hours_and_a_comma_before_three_digit_milliseconds(double seconds, string expected) =>
        Assert.Equal(expected, Timestamps.Srt(seconds));

    [Theory]
    [InlineData(62.345, "00:01:02.345")]
    [InlineData(1.5, "00:00:01.500")]
    [InlineData(7322.01, "02:02:02.010")]
    public void Vtt_times_have_a_full_stop_before_the_milliseconds(double seconds, string expected) =>
        Assert.Equal(expected, Timestamps.Vtt(seconds));

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.NegativeInfinity)]
    public void Negative_or_undefined_times_are_the_start_of_the_audio(double seconds)
    {
        Assert.Equal("00:00:00,000", Timestamps.Srt(seconds));
        Assert.Equal(0, Timestamps.Milliseconds(seconds));
    }

    [Fact]
    public void An_infinite_time_does_not_overflow() =>
        Assert.Equal(Timestamps.MaxMilliseconds, Timestamps.Milliseconds(double.PositiveInfinity));

    [Fact]
    public void A_time_just_below_the_cap_is_written_as_is() =>
        Assert.Equal(Timestamps.MaxMilliseconds - 1, Timestamps.Milliseconds((Timestamps.MaxMilliseconds - 1) / 1000.0));

    [Fact]
    public void Milliseconds_round_half_away_from_zero() =>
        Assert.Equal(3, Timestamps.Milliseconds(0.0025));
}
