using static PreRecordedFx.Tests.Support;

namespace PreRecordedFx.Tests;

/// <summary>A page's <c>next</c> link is followed only on the configured origin and the list path, so the key stays home.</summary>
public sealed class NextLinkTests
{
    private static readonly Uri Gladia = new("https://api.gladia.io");

    private static PreRecordedError.InvalidArgument Refused(string next, Uri baseUrl) =>
        LeftOf<PreRecordedError.InvalidArgument, ApiRequest>(Requests.FromNextLink(new Uri(next, UriKind.RelativeOrAbsolute), baseUrl));

    [Fact]
    public void Same_origin_list_link_becomes_a_list_request_with_its_query()
    {
        var request = Right(Requests.FromNextLink(new Uri("https://api.gladia.io/v2/pre-recorded?offset=4&limit=2&status=done&status=error"), Gladia));

        Assert.Equal(RequestMethod.Get, request.Method);
        Assert.Equal("/v2/pre-recorded", request.Path);
        Assert.Equal(
            [new("offset", "4"), new("limit", "2"), new("status", "done"), new QueryParameter("status", "error")],
            request.Query);
    }

    [Fact]
    public void Link_from_the_page_fixture_is_followed()
    {
        var page = Right(Responses.ParsePage(FixtureExchange(200, "page.json")));

        var request = Right(Requests.FromNextLink(Some(page.Next), Gladia));

        Assert.Equal("/v2/pre-recorded?offset=4&limit=2&status=done", request.PathAndQuery);
    }

    [Fact]
    public void Link_query_is_decoded_with_plus_as_space_and_percent_escapes()
    {
        var request = Right(Requests.FromNextLink(
            new Uri("https://api.gladia.io/v2/pre-recorded?custom_metadata%5Buser%5D=John+Doe&before_date=2026-03-05T00%3A00%3A00.000Z&flag&&x=a%2Bb"),
            Gladia));

        Assert.Equal(
            [new("custom_metadata[user]", "John Doe"), new("before_date", "2026-03-05T00:00:00.000Z"), new("flag", string.Empty), new QueryParameter("x", "a+b")],
            request.Query);
    }

    [Fact]
    public void Link_is_re_encoded_to_an_equivalent_query()
    {
        var request = Right(Requests.FromNextLink(new Uri("https://api.gladia.io/v2/pre-recorded?custom_metadata[user]=John+Doe&offset=4"), Gladia));

        Assert.Equal("custom_metadata%5Buser%5D=John%20Doe&offset=4", request.QueryString);
    }

    [Fact]
    public void Link_without_a_query_has_no_parameters()
    {
        Assert.Empty(Right(Requests.FromNextLink(new Uri("https://api.gladia.io/v2/pre-recorded"), Gladia)).Query);
    }

    [Fact]
    public void Link_under_a_base_path_prefix_is_followed_and_kept_relative_to_the_base()
    {
        var baseUrl = new Uri("http://localhost:5080/mock/gladia/");

        var request = Right(Requests.FromNextLink(new Uri("http://localhost:5080/mock/gladia/v2/pre-recorded?offset=20&limit=20"), baseUrl));

        Assert.Equal("/v2/pre-recorded", request.Path);
        Assert.Equal(new Uri("http://localhost:5080/mock/gladia/v2/pre-recorded?offset=20&limit=20"), request.ToUri(baseUrl));
    }

    [Fact]
    public void Explicit_default_port_is_the_same_origin()
    {
        Right(Requests.FromNextLink(new Uri("https://API.gladia.io:443/v2/pre-recorded?offset=2"), Gladia));
    }

    [Theory]
    [InlineData("https://evil.example/v2/pre-recorded?offset=4")]
    [InlineData("https://api.gladia.io.evil.example/v2/pre-recorded?offset=4")]
    [InlineData("http://api.gladia.io/v2/pre-recorded?offset=4")]
    [InlineData("https://api.gladia.io:8443/v2/pre-recorded?offset=4")]
    [InlineData("/v2/pre-recorded?offset=4")]
    public void Link_to_another_origin_is_refused(string next)
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("next", "the link leaves the configured origin"), Refused(next, Gladia));
    }

    [Theory]
    [InlineData("https://api.gladia.io/v2/pre-recorded/45463597-20b7-4af7-b3b3-f5fb778203ab")]
    [InlineData("https://api.gladia.io/v2/pre-recorded/")]
    [InlineData("https://api.gladia.io/v2/transcription?offset=4")]
    [InlineData("https://api.gladia.io/v1/pre-recorded?offset=4")]
    [InlineData("https://api.gladia.io/")]
    public void Same_origin_link_to_another_path_is_refused(string next)
    {
        Assert.Equal(new PreRecordedError.InvalidArgument("next", "the link is not the jobs list"), Refused(next, Gladia));
    }

    [Fact]
    public void Link_outside_the_base_path_prefix_is_refused()
    {
        Assert.Equal("next", Refused("http://localhost:5080/v2/pre-recorded?offset=4", new Uri("http://localhost:5080/mock/")).Parameter);
    }

    [Fact]
    public void Origins_compare_scheme_host_and_port_ignoring_case()
    {
        Assert.True(Origins.SameOrigin(new Uri("HTTPS://Api.Gladia.IO/a"), new Uri("https://api.gladia.io/b?c")));
        Assert.False(Origins.SameOrigin(new Uri("https://api.gladia.io"), new Uri("http://api.gladia.io")));
        Assert.False(Origins.SameOrigin(new Uri("https://api.gladia.io"), new Uri("https://gladia.io")));
        Assert.False(Origins.SameOrigin(new Uri("https://api.gladia.io:444"), new Uri("https://api.gladia.io")));
    }

    [Fact]
    public void Relative_URL_has_no_origin()
    {
        Assert.False(Origins.SameOrigin(new Uri("https://api.gladia.io"), new Uri("/v2", UriKind.Relative)));
        Assert.False(Origins.SameOrigin(new Uri("/v2", UriKind.Relative), new Uri("https://api.gladia.io")));
    }

    [Fact]
    public void Internationalised_host_matches_its_punycode_form()
    {
        Assert.True(Origins.SameOrigin(new Uri("https://bücher.example/v2"), new Uri("https://xn--bcher-kva.example")));
    }
}
