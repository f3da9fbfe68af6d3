using LanguageExt;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary><c>Retry-After</c> is read in both of its forms and never asks for a negative wait.</summary>
public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 9, 10, 10, 45, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 1)]
    [InlineData("120", 120)]
    [InlineData(" 5 ", 5)]
    public void Delay_seconds_are_read_as_that_many_seconds(string value, int seconds)
    {
        Assert.Equal(Option<TimeSpan>.Some(TimeSpan.FromSeconds(seconds)), RetryAfter.Parse(value, Now));
    }

    [Fact]
    public void HTTP_date_in_the_future_is_the_time_until_then()
    {
        Assert.Equal(Option<TimeSpan>.Some(TimeSpan.FromMinutes(2)), RetryAfter.Parse("Thu, 10 Sep 2026 10:47:00 GMT", Now));
    }

    [Fact]
    public void HTTP_date_is_measured_from_now_whatever_now_s_offset()
    {
        var nowInParis = Now.ToOffset(TimeSpan.FromHours(2));

        Assert.Equal(Option<TimeSpan>.Some(TimeSpan.FromSeconds(90)), RetryAfter.Parse("Thu, 10 Sep 2026 10:46:30 GMT", nowInParis));
    }

    [Fact]
    public void HTTP_date_in_the_past_is_no_wait_not_a_negative_one()
    {
        Assert.Equal(Option<TimeSpan>.Some(TimeSpan.Zero), RetryAfter.Parse("Thu, 10 Sep 2026 10:44:00 GMT", Now));
    }

    [Fact]
    public void HTTP_date_equal_to_now_is_no_wait()
    {
        Assert.Equal(Option<TimeSpan>.Some(TimeSpan.Zero), RetryAfter.Parse("Thu, 10 Sep 2026 10:45:00 GMT", Now));
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("+5")]
    [InlineData("1.5")]
    [InlineData("2026-09-10T10:47:00Z")]
    public void Unreadable_values_give_none(string value)
    {
        Assert.True(RetryAfter.Parse(value, Now).IsNone);
    }

    [Fact]
    public void Huge_delay_is_capped_instead_of_overflowing()
    {
        var wait = Some(RetryAfter.Parse(long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), Now));

        Assert.True(wait > TimeSpan.FromDays(10_000_000));
    }

    [Fact]
    public void Exchange_without_the_header_gives_none()
    {
        Assert.True(RetryAfter.Parse(Exchange(429, [])).IsNone);
    }

    [Fact]
    public void Exchange_date_is_resolved_against_its_ReceivedAt()
    {
        var exchange = Exchange(429, [], ("Retry-After", "Thu, 10 Sep 2026 10:45:10 GMT"));

        Assert.Equal(Option<TimeSpan>.Some(TimeSpan.FromSeconds(10)), RetryAfter.Parse(exchange));
    }
}
