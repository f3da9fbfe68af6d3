using System.Net;

namespace PreRecordedFx.MockServer.Tests;

public sealed class OpenApiTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_needs_no_key()
    {
        using var client = mock.Factory.CreateClient();
        using var response = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = await response.Body();
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.GetProperty("/v2/pre-recorded").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/v2/pre-recorded/{id}").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/v2/pre-recorded/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/v2/pre-recorded/{id}/file").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/storage/{id}").TryGetProperty("get", out _));
    }

    [Fact]
    public async Task The_error_body_schema_uses_the_wire_names()
    {
        var text = await mock.Client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"statusCode\"", text, StringComparison.Ordinal);
        Assert.Contains("\"request_id\"", text, StringComparison.Ordinal);
        Assert.Contains("\"validation_errors\"", text, StringComparison.Ordinal);
    }
}
