using System.Globalization;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>The query string is written in one pass into a buffer; these pin it to <see cref="Uri.EscapeDataString(string)"/>.</summary>
public sealed class QueryStringTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    [InlineData(5_000)]
    public void A_query_longer_than_the_stack_buffer_is_encoded_the_same(int repeat)
    {
        var value = string.Concat(Enumerable.Repeat("é 😀:", repeat));
        var request = new ApiRequest(RequestMethod.Get, "/v2/pre-recorded", [new("k[", value), new("limit", "1")]);

        var expected = "k%5B=" + Uri.EscapeDataString(value) + "&limit=1";
        Assert.Equal(expected, request.QueryString);
        Assert.Equal("/v2/pre-recorded?" + expected, request.PathAndQuery);
    }

    [Fact]
    public void A_null_name_or_value_is_refused_as_Uri_EscapeDataString_refuses_it()
    {
        Assert.Throws<ArgumentNullException>(() => new ApiRequest(RequestMethod.Get, "/p", [new(null!, "v")]).QueryString);
        Assert.Throws<ArgumentNullException>(() => new ApiRequest(RequestMethod.Get, "/p", [new("n", null!)]).PathAndQuery);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(9_999L)]
    [InlineData(638_765_432_109_876_543L)]
    [InlineData(3_155_378_975_999_999_999L)]
    public void Instants_match_the_custom_format_they_replaced_down_to_the_last_tick(long ticks)
    {
        var instant = new DateTimeOffset(ticks, TimeSpan.Zero);
        var query = JobQuery.Default.WithBeforeDate(instant);

        var sent = Right(Requests.ListJobs(query)).Query.Single(p => p.Name == "before_date").Value;

        Assert.Equal(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), sent);
    }
}
