using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>Requests as Gladia sends them, and the receiver's problem answers read back.</summary>
internal static class Wire
{
    public static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    /// <summary>A body without a Content-Length: sent chunked.</summary>
    public static StreamContent Chunked(byte[] body)
    {
        var content = new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    public static async Task<string> DetailAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)response.StatusCode, problem.GetProperty("status").GetInt32());
        Assert.Equal("The Gladia event was not accepted", problem.GetProperty("title").GetString());
        return problem.GetProperty("detail").GetString()!;
    }

    private sealed class UnknownLengthStream(byte[] body) : MemoryStream(body)
    {
        public override bool CanSeek => false;
    }
}
