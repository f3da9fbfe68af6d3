using System.Net;
using static PreRecordedFx.AspNetCore.Tests.Receiver;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>With a secret token set, only a request carrying it in the query reaches the handler.</summary>
public sealed class SecretTokenTests
{
    private const string Token = "b7f3c1e0-secret-token-9a2d";

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task The_right_token_is_let_through(Transport transport)
    {
        await using var receiver = await StartAsync(transport, new GladiaCallbackOptions { SecretToken = Token });

        using var response = await receiver.Client.PostAsync($"{Route}?token={Token}", Wire.Json(Fixture("callback-success.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(receiver.Events);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?token=")]
    [InlineData("?token=b7f3c1e0-secret-token-9a2")]
    [InlineData("?token=b7f3c1e0-secret-token-9a2dd")]
    [InlineData("?token=B7F3C1E0-SECRET-TOKEN-9A2D")]
    [InlineData("?secret=b7f3c1e0-secret-token-9a2d")]
    [InlineData("?token=b7f3c1e0-secret-token-9a2d&token=b7f3c1e0-secret-token-9a2d")]
    public async Task A_missing_or_wrong_token_is_answered_401_before_the_body_is_read(string query)
    {
        await using var receiver = await StartAsync(Transport.InMemory, new GladiaCallbackOptions { SecretToken = Token, MaxBodyBytes = 1 });

        using var response = await receiver.Client.PostAsync(Route + query, Wire.Json(Fixture("callback-success.json")));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("the secret token is missing or wrong", await Wire.DetailAsync(response));
        Assert.Empty(receiver.Events);
        Assert.Contains(receiver.Logs.GetSnapshot(), log => log.Message == "Refused a Gladia event without the right secret token");
    }

    [Fact]
    public async Task The_token_can_travel_in_a_parameter_of_another_name()
    {
        await using var receiver = await StartAsync(Transport.Kestrel, new GladiaCallbackOptions { SecretToken = Token, SecretTokenParameter = "k" });

        using var named = await receiver.Client.PostAsync($"{Route}?k={Token}", Wire.Json(Fixture("webhook-success.json")));
        using var token = await receiver.Client.PostAsync($"{Route}?token={Token}", Wire.Json(Fixture("webhook-success.json")));

        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task Without_a_secret_token_any_query_is_let_through()
    {
        await using var receiver = await StartAsync(Transport.InMemory);

        using var response = await receiver.Client.PostAsync($"{Route}?token=anything", Wire.Json(Fixture("webhook-success.json")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void The_token_check_compares_exact_values()
    {
        var check = new SecretToken(Token);

        Assert.True(check.Accepts(Token));
        Assert.False(check.Accepts(Token[..^1]));
        Assert.False(check.Accepts(new Microsoft.Extensions.Primitives.StringValues([Token, Token])));
        Assert.False(check.Accepts(Microsoft.Extensions.Primitives.StringValues.Empty));
        Assert.False(check.Accepts(new Microsoft.Extensions.Primitives.StringValues((string?)null)));
    }
}
