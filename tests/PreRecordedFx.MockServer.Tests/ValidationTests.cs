using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

public sealed class ValidationTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Theory]
    [InlineData("limit=0", "limit must not be less than 1")]
    [InlineData("limit=-5", "limit must not be less than 1")]
    [InlineData("offset=-1", "offset must not be less than 0")]
    [InlineData("limit=abc", "limit must be an integer number")]
    [InlineData("offset=1.5", "offset must be an integer number")]
    [InlineData("limit=", "limit must be an integer number")]
    [InlineData("limit=1&limit=2", "limit must be given at most once")]
    [InlineData("date=2026-13-01", "date must be a valid date in the form YYYY-MM-DD")]
    [InlineData("date=yesterday", "date must be a valid date in the form YYYY-MM-DD")]
    [InlineData("before_date=not-a-date", "before_date must be a valid ISO 8601 date string")]
    [InlineData("after_date=2026-02-30T00:00:00Z", "after_date must be a valid ISO 8601 date string")]
    [InlineData("status=finished", "status must be one of the following values: queued, processing, done, error")]
    [InlineData("status=done,bogus", "status must be one of the following values: queued, processing, done, error")]
    [InlineData("status=DONE", "status must be one of the following values: queued, processing, done, error")]
    [InlineData("custom_metadata=%7Bnot-json", "custom_metadata must be a JSON object")]
    [InlineData("custom_metadata=%5B1,2%5D", "custom_metadata must be a JSON object")]
    [InlineData("custom_metadata=%7B%22a%22:%7B%7D%7D", "custom_metadata values must be strings, numbers or booleans")]
    [InlineData("custom_metadata%5B%5D=x", "custom_metadata keys must not be empty")]
    public async Task An_invalid_query_answers_400_with_the_reason_in_validation_errors(string query, string reason)
    {
        using var response = await mock.Client.GetAsync(Wire.Jobs + "?" + query);
        await Wire.AssertGladiaError(response, 400, Wire.Jobs);
        using var body = await response.Body();
        var errors = body.RootElement.GetProperty("validation_errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal([reason], errors);
    }

    [Fact]
    public async Task Every_problem_in_a_query_is_reported_at_once()
    {
        using var response = await mock.Client.GetAsync(Wire.Jobs + "?limit=0&offset=-1&status=nope&date=x");
        using var body = await response.Body();
        Assert.Equal(4, body.RootElement.GetProperty("validation_errors").GetArrayLength());
    }

    [Fact]
    public async Task Unknown_query_parameters_are_ignored()
    {
        using var page = await mock.Client.Json(Wire.Jobs + "?limit=2&sort=asc&foo");
        Assert.Equal(2, page.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Non_error_answers_have_no_validation_errors_field()
    {
        using var response = await mock.Client.GetAsync(Wire.Jobs + "/missing");
        using var body = await response.Body();
        Assert.False(body.RootElement.TryGetProperty("validation_errors", out _));
        Assert.Equal(JsonValueKind.Object, body.RootElement.ValueKind);
    }
}
