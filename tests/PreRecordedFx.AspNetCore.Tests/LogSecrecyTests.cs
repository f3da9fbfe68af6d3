using System.Net;
using System.Text.Json.Nodes;
using static PreRecordedFx.AspNetCore.Tests.Receiver;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>
/// Every log line of every category, at Trace, over a real socket: no body and no token, for accepted, refused,
/// malformed and failed events alike.
/// </summary>
public sealed class LogSecrecyTests
{
    private const string Token = "tok-5e3f9b2a71c04d88";
    private const string BodySecret = "patient-name-Jane-Roe";

    [Fact]
    public async Task Neither_bodies_nor_tokens_are_ever_logged()
    {
        var calls = 0;
        await using var receiver = await StartAsync(
            Transport.Kestrel,
            new GladiaCallbackOptions { SecretToken = Token, MaxBodyBytes = 64 * 1024 },
            (_, _) => ++calls == 2 ? throw new InvalidOperationException("the handler failed") : Task.CompletedTask);
        var withSecret = JsonNode.Parse(Fixture("callback-success.json"))!;
        withSecret["custom_metadata"]!["user"] = BodySecret;
        var malformed = JsonNode.Parse(Fixture("callback-error.json"))!;
        malformed["error"]!.AsObject().Remove("code");
        malformed["error"]!["message"] = BodySecret;

        HttpStatusCode[] statuses =
        [
            await PostAsync(receiver, $"?token={Token}", withSecret.ToJsonString()),
            await PostAsync(receiver, $"?token={Token}", withSecret.ToJsonString()),
            await PostAsync(receiver, $"?token={Token}", malformed.ToJsonString()),
            await PostAsync(receiver, $"?token={Token}", $"{{\"event\": \"{BodySecret}\""),
            await PostAsync(receiver, $"?token={Token}", $"{{\"x\": \"{BodySecret}{new string('x', 64 * 1024)}\"}}"),
            await PostAsync(receiver, $"?token={Token}x", withSecret.ToJsonString()),
        ];

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.InternalServerError, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.Unauthorized],
            statuses);
        var logs = receiver.Logs.GetSnapshot();
        Assert.Contains(logs, log => log.Category == "PreRecordedFx.AspNetCore.GladiaCallbacks" && log.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        foreach (var log in logs)
        {
            var text = $"{log.Message} {log.Exception} {string.Join(' ', log.StructuredState?.Select(pair => pair.Value) ?? [])}";
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(BodySecret, text, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpStatusCode> PostAsync(Receiver receiver, string query, string body)
    {
        using var response = await receiver.Client.PostAsync(Route + query, Wire.Json(body));
        return response.StatusCode;
    }
}
