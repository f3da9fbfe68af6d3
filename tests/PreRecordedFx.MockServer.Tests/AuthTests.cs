using System.Net;

namespace PreRecordedFx.MockServer.Tests;

public sealed class AuthTests(MockFixture mock) : IClassFixture<MockFixture>
{
    public static TheoryData<string, string> ApiCalls() => new()
    {
        { "GET", Wire.Jobs },
        { "GET", Wire.Jobs + "?limit=1" },
        { "GET", Wire.Jobs + "/00000000-0000-4000-8000-000000000000" },
        { "GET", Wire.Jobs + "/00000000-0000-4000-8000-000000000000/file" },
        { "DELETE", Wire.Jobs + "/00000000-0000-4000-8000-000000000000" },
        { "GET", "/v2/unknown" },
    };

    [Theory]
    [MemberData(nameof(ApiCalls))]
    public async Task A_call_without_a_key_answers_401_with_Gladias_body(string method, string url)
    {
        using var client = mock.Factory.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        await Wire.AssertGladiaError(response, 401, url.Split('?')[0]);
    }

    [Theory]
    [InlineData("wrong")]
    [InlineData("GLADIA-MOCK-KEY")]
    [InlineData("gladia-mock-key ")]
    [InlineData("gladia-mock-ke")]
    public async Task A_wrong_key_answers_401(string key)
    {
        using var client = mock.Factory.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("x-gladia-key", key);
        using var response = await client.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Two_key_headers_are_refused_even_if_one_is_right()
    {
        using var client = mock.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, Wire.Jobs);
        request.Headers.Add("x-gladia-key", ["wrong", MockServerOptions.DefaultApiKey]);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_default_key_is_accepted()
    {
        using var client = mock.Factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-gladia-key", "gladia-mock-key");
        using var response = await client.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_configured_key_replaces_the_default_one()
    {
        await using var factory = new MockServerFactory(new MockServerOptions { ApiKey = "s3cret", Jobs = 3 });
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-gladia-key", "s3cret");
        using var ok = await client.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        using var other = factory.CreateClient();
        other.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
        using var refused = await other.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
