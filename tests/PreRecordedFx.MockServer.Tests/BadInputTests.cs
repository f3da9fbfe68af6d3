using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

public sealed class BadInputTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public async Task An_unknown_route_answers_Gladias_404()
    {
        using var response = await mock.Client.GetAsync("/v2/streaming");
        await Wire.AssertGladiaError(response, 404, "/v2/streaming");
    }

    [Fact]
    public async Task A_wrong_method_on_a_known_path_answers_with_Gladias_body()
    {
        using var response = await mock.Client.PostAsync(Wire.Jobs + "/abc", content: null);
        await Wire.AssertGladiaError(response, 405, Wire.Jobs + "/abc");
    }

    [Fact]
    public async Task An_overlong_id_answers_404()
    {
        var path = Wire.Jobs + "/" + new string('a', 20_000);
        using var response = await mock.Client.GetAsync(path);
        await Wire.AssertGladiaError(response, 404, path);
    }

    [Theory]
    [InlineData("/v2/pre-recorded/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/v2/pre-recorded/%01%7f")]
    [InlineData("/v2/pre-recorded/%2e%2e%2fv2%2fpre-recorded")]
    [InlineData("/v2/pre-recorded/a%zz")]
    [InlineData("/v2/pre-recorded/%ff%fe/file")]
    [InlineData("/v2/pre-recorded/%F0%9F%92%A9")]
    [InlineData("/v2/pre-recorded/x/file/extra")]
    [InlineData("/v2/pre-recorded//file")]
    [InlineData("/storage/")]
    public async Task Path_tricks_never_reach_anything_but_a_well_formed_error(string path)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Delete })
        {
            using var response = await mock.Client.SendAsync(new HttpRequestMessage(method, path));
            Assert.InRange((int)response.StatusCode, 400, 499);
            using var body = await response.Body();
            Assert.Equal((int)response.StatusCode, body.RootElement.GetProperty("statusCode").GetInt32());
        }
    }

    [Theory]
    [InlineData("/storage/%2e%2e/v2/pre-recorded")]
    [InlineData("/openapi/%2e%2e/v2/pre-recorded")]
    [InlineData("/openapi/../v2/pre-recorded/x/file")]
    public async Task Dot_segments_cannot_smuggle_a_request_past_the_key_check(string path)
    {
        using var anonymous = mock.Factory.CreateClient();
        using var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("limit=%zz")]
    [InlineData("status=%ff%fe")]
    [InlineData("custom_metadata%5B%ff%5D=%c3%28")]
    [InlineData("custom_metadata=%ff")]
    [InlineData("%%%=&&&==")]
    [InlineData("date=%00")]
    [InlineData("offset=99999999999999999999999999")]
    [InlineData("before_date=9999-12-31T23:59:59.9999999%2B14:00")]
    [InlineData("after_date=0001-01-01T00:00:00-14:00")]
    public async Task Malformed_queries_are_answered_without_a_server_error(string query)
    {
        using var response = await mock.Client.GetAsync(Wire.Jobs + "?" + query);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} gave {(int)response.StatusCode}");
        using var body = await response.Body();
        Assert.Equal(JsonValueKind.Object, body.RootElement.ValueKind);
    }
}
