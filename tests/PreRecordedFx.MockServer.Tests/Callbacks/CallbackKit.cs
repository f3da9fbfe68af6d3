using System.Net;
using System.Text;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary>Creating jobs that call back, and waiting for the mock's callback journal.</summary>
internal static class CallbackKit
{
    /// <summary>Options whose created jobs finish at once and whose retries take milliseconds.</summary>
    public static MockServerOptions FastOptions(string? webhookUrl = null) => new()
    {
        Jobs = 3,
        QueuedSeconds = 0,
        ProcessingSeconds = 0,
        CallbackRetryDelayMs = 10,
        WebhookUrl = webhookUrl,
    };

    /// <summary>A creation body: audio that can be fetched (or, when <paramref name="fails"/>, cannot) plus the members given.</summary>
    public static string Body(string members, bool fails = false) =>
        $$"""{"audio_url": "https://{{(fails ? "audio.invalid" : "audio.example")}}/call.wav", "custom_metadata": {"user": "Ada", "n": 7}{{(members.Length > 0 ? ", " + members : "")}}}""";

    public static async Task<HttpResponseMessage> Create(HttpClient client, string body) =>
        await client.PostAsync(Wire.Jobs, new StringContent(body, Encoding.UTF8, "application/json"));

    /// <summary>Creates the job (201 expected) and returns its id.</summary>
    public static async Task<string> CreateId(HttpClient client, string body)
    {
        using var response = await Create(client, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = await response.Body();
        return json.RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Waits (up to 10 s) until the callback journal holds at least <paramref name="count"/> deliveries.</summary>
    public static async Task<IReadOnlyList<CallbackDelivery>> Journaled(MockServerFactory mock, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (mock.Callbacks.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(mock.Callbacks.Count >= count, $"expected {count} deliveries, got {mock.Callbacks.Count}");
        return mock.Callbacks;
    }

    public static JsonElement JsonOf(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
