using System.Globalization;
using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>A list query is checked, then encoded the way Gladia's SDK sends it.</summary>
public sealed class ListRequestTests
{
    private static ApiRequest List(JobQuery query) => Right(Requests.ListJobs(query));

    private static PreRecordedError.InvalidArgument Refused(JobQuery query) =>
        LeftOf<PreRecordedError.InvalidArgument, ApiRequest>(Requests.ListJobs(query));

    [Fact]
    public void Default_query_sends_offset_0_and_limit_20()
    {
        var request = List(JobQuery.Default);

        Assert.Equal(RequestMethod.Get, request.Method);
        Assert.Equal("/v2/pre-recorded", request.Path);
        Assert.Equal("/v2/pre-recorded?offset=0&limit=20", request.PathAndQuery);
    }

    [Fact]
    public void SDK_example_query_is_encoded_as_the_SDK_sends_it_with_spaces_as_percent_20()
    {
        var query = JobQuery.Default
            .WithLimit(5)
            .WithDate(new DateOnly(2026, 3, 2))
            .WithBeforeDate(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero))
            .WithAfterDate(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero))
            .WithStatus(JobStatus.Done, JobStatus.Error)
            .WithCustomMetadata("user", "John Doe")
            .WithCustomMetadata("n", "42");

        Assert.Equal(
            "offset=0&limit=5&date=2026-03-02&before_date=2026-03-05T00%3A00%3A00.000Z&after_date=2026-03-01T00%3A00%3A00.000Z"
            + "&status=done&status=error&custom_metadata%5Buser%5D=John%20Doe&custom_metadata%5Bn%5D=42",
            List(query).QueryString);
    }

    [Fact]
    public void Instants_are_sent_in_UTC_with_milliseconds_and_Z()
    {
        var query = JobQuery.Default.WithAfterDate(new DateTimeOffset(2026, 3, 5, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(9999));

        Assert.Contains(new QueryParameter("after_date", "2026-03-05T09:30:15.123Z"), List(query).Query);
    }

    [Fact]
    public void Instant_with_a_non_UTC_offset_is_converted_to_UTC()
    {
        var query = JobQuery.Default.WithBeforeDate(new DateTimeOffset(2026, 3, 5, 2, 0, 0, TimeSpan.FromHours(5.5)));

        Assert.Contains(new QueryParameter("before_date", "2026-03-04T20:30:00.000Z"), List(query).Query);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    [InlineData("ja-JP")]
    public void Dates_and_numbers_are_Gregorian_and_invariant_whatever_the_current_culture(string culture)
    {
        var query = JobQuery.Default
            .WithOffset(1234)
            .WithDate(new DateOnly(2026, 3, 2))
            .WithBeforeDate(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.FromHours(-3)));
        var saved = CultureInfo.CurrentCulture;
        string encoded;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            encoded = List(query).QueryString;
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal("offset=1234&limit=20&date=2026-03-02&before_date=2026-03-05T03%3A00%3A00.000Z", encoded);
    }

    [Fact]
    public void Statuses_are_sent_as_a_repeated_key_in_order()
    {
        var query = JobQuery.Default.WithStatus(JobStatus.Queued).WithStatus(JobStatus.Processing, new JobStatus("archived"));

        Assert.Equal(
            ["queued", "processing", "archived"],
            List(query).Query.Where(p => p.Name == "status").Select(p => p.Value));
    }

    [Fact]
    public void Custom_metadata_is_sent_with_bracket_keys_and_reserved_characters_percent_encoded()
    {
        var query = JobQuery.Default.WithCustomMetadata("a b&c=[d]", "x&y=z [w] é+%");

        Assert.EndsWith(
            "&custom_metadata%5Ba%20b%26c%3D%5Bd%5D%5D=x%26y%3Dz%20%5Bw%5D%20%C3%A9%2B%25",
            List(query).QueryString,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_metadata_may_repeat_a_key_and_keeps_the_order_given()
    {
        var query = JobQuery.Default.WithCustomMetadata("tag", "a").WithCustomMetadata("tag", "b");

        Assert.Equal(["a", "b"], List(query).Query.Where(p => p.Name == "custom_metadata[tag]").Select(p => p.Value));
    }

    [Fact]
    public void WithStatus_of_null_adds_nothing()
    {
        Assert.Empty(JobQuery.Default.WithStatus(null!).Statuses);
    }

    [Fact]
    public void With_methods_leave_the_original_query_unchanged()
    {
        var original = JobQuery.Default;

        _ = original.WithOffset(5).WithLimit(2).WithStatus(JobStatus.Done).WithCustomMetadata("k", "v").WithDate(new DateOnly(2026, 1, 1));

        Assert.Equal((0, 20, 0, 0, true), (original.Offset, original.Limit, original.Statuses.Count, original.CustomMetadata.Count, original.Date.IsNone));
    }

    [Fact]
    public void Offset_zero_and_limit_one_are_the_smallest_accepted()
    {
        Assert.Equal("offset=0&limit=1", List(JobQuery.Default.WithLimit(1)).QueryString);
    }

    [Fact]
    public void Negative_offset_is_refused_naming_offset()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("offset", "must be 0 or more, was -1"), Refused(JobQuery.Default.WithOffset(-1)));
    }

    [Fact]
    public void Limit_below_one_is_refused_naming_limit()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("limit", "must be 1 or more, was 0"), Refused(JobQuery.Default.WithLimit(0)));
    }

    [Fact]
    public void After_date_equal_to_before_date_is_refused_naming_after_date()
    {
        var instant = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero);

        var error = Refused(JobQuery.Default.WithAfterDate(instant).WithBeforeDate(instant));

        Assert.Equal(new PreRecordedError.InvalidArgument("after_date", "must be earlier than before_date"), error);
    }

    [Fact]
    public void After_date_later_than_before_date_is_refused_even_across_offsets()
    {
        var before = new DateTimeOffset(2026, 3, 5, 1, 0, 0, TimeSpan.FromHours(2));
        var after = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal("after_date", Refused(JobQuery.Default.WithAfterDate(after).WithBeforeDate(before)).Parameter);
    }

    [Fact]
    public void After_date_one_tick_before_before_date_is_accepted()
    {
        var before = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero);

        Right(Requests.ListJobs(JobQuery.Default.WithAfterDate(before.AddTicks(-1)).WithBeforeDate(before)));
    }

    [Fact]
    public void Only_one_side_of_the_date_range_is_accepted()
    {
        var instant = new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero);

        Right(Requests.ListJobs(JobQuery.Default.WithAfterDate(instant)));
        Right(Requests.ListJobs(JobQuery.Default.WithBeforeDate(instant)));
    }

    [Fact]
    public void Default_status_is_refused_naming_status()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("status", "must not be empty"), Refused(JobQuery.Default.WithStatus(default(JobStatus))));
    }

    [Fact]
    public void Null_status_list_is_refused_naming_status()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("status", "must not be null"), Refused(JobQuery.Default with { Statuses = null! }));
    }

    [Fact]
    public void Null_custom_metadata_list_is_refused()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("custom_metadata", "must not be null"), Refused(JobQuery.Default with { CustomMetadata = null! }));
    }

    [Fact]
    public void Null_custom_metadata_pair_is_refused()
    {
        Assert.Equal("custom_metadata", Refused(JobQuery.Default with { CustomMetadata = [null!] }).Parameter);
    }

    [Fact]
    public void Empty_custom_metadata_key_is_refused()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("custom_metadata", "keys must not be empty"), Refused(JobQuery.Default.WithCustomMetadata(string.Empty, "v")));
    }

    [Fact]
    public void Null_custom_metadata_value_is_refused()
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("custom_metadata", "values must not be null"), Refused(JobQuery.Default.WithCustomMetadata("k", null!)));
    }

    [Fact]
    public void Empty_custom_metadata_value_is_sent_as_an_empty_value()
    {
        Assert.EndsWith("&custom_metadata%5Bk%5D=", List(JobQuery.Default.WithCustomMetadata("k", string.Empty)).QueryString, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_metadata_with_a_lone_surrogate_is_refused_instead_of_being_sent_as_a_replacement_character()
    {
        var expected = new PreRecordedError.InvalidArgument("custom_metadata", "keys and values must be valid Unicode text");

        Assert.Equal(expected, Refused(JobQuery.Default.WithCustomMetadata("k", "a\uD800")));
        Assert.Equal(expected, Refused(JobQuery.Default.WithCustomMetadata("\uDC00", "v")));
    }

    [Fact]
    public void Status_with_a_lone_surrogate_is_refused_instead_of_being_sent_as_a_replacement_character()
    {
        Assert.Equal(
            new PreRecordedError.InvalidArgument("status", "must be valid Unicode text"),
            Refused(JobQuery.Default.WithStatus(new JobStatus("done\uD800"))));
    }

    [Fact]
    public void Offset_is_checked_before_limit()
    {
        Assert.Equal("offset", Refused(JobQuery.Default.WithOffset(-1).WithLimit(0)).Parameter);
    }

    [Fact]
    public void Null_query_is_an_argument_exception_not_a_Left()
    {
        Assert.Throws<ArgumentNullException>(() => Requests.ListJobs(null!));
    }
}
