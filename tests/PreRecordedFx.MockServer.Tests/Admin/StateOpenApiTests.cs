using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Admin;

/// <summary>The OpenAPI document describes the creation and admin endpoints, their bodies and answers.</summary>
public sealed class StateOpenApiTests(MockFixture mock) : IClassFixture<MockFixture>
{
    [Theory]
    [InlineData("/v2/upload", "post", "multipart/form-data", "200")]
    [InlineData("/v2/pre-recorded", "post", "application/json", "201")]
    [InlineData("/__admin/jobs/{id}", "put", "application/json", "201")]
    [InlineData("/__admin/faults", "put", "application/json", "200")]
    [InlineData("/__admin/faults/one-shots", "post", "application/json", "201")]
    public async Task Calls_with_a_body_describe_it_and_their_success(string path, string method, string contentType, string success)
    {
        var operation = await Operation(path, method);
        Assert.True(operation.GetProperty("requestBody").GetProperty("content").TryGetProperty(contentType, out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty(success, out _));
        Assert.True(operation.GetProperty("responses").TryGetProperty("400", out _));
    }

    [Theory]
    [InlineData("/__admin/reset", "post", "AdminReset")]
    [InlineData("/__admin/requests", "get", "AdminListRequests")]
    [InlineData("/__admin/requests", "delete", "AdminClearRequests")]
    [InlineData("/__admin/jobs/{id}", "delete", "AdminRemoveJob")]
    [InlineData("/__admin/faults", "get", "AdminGetFaults")]
    public async Task Every_admin_call_is_named_and_tagged_admin(string path, string method, string name)
    {
        var operation = await Operation(path, method);
        Assert.Equal(name, operation.GetProperty("operationId").GetString());
        Assert.Equal("admin", operation.GetProperty("tags")[0].GetString());
    }

    private async Task<JsonElement> Operation(string path, string method)
    {
        using var document = JsonDocument.Parse(await mock.Client.GetStringAsync("/openapi/v1.json"));
        return document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).Clone();
    }
}
