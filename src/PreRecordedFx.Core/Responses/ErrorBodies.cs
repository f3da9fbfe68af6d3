using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Reads Gladia's error body, and falls back to the status alone when the body is not one (an HTML 502 page).</summary>
internal static class ErrorBodies
{
    public static ServiceDetail Detail(HttpExchange exchange)
    {
        var callId = exchange.Header("x-aipi-call-id");
        return Read(exchange.Body.Span).Match(
            Some: body => new ServiceDetail(body.Message, Some(body.RequestId), callId, body.ValidationErrors ?? []),
            None: () => new ServiceDetail(Describe(exchange), Option<string>.None, callId, []));
    }

    private static Option<string> Some(string text) => string.IsNullOrEmpty(text) ? Option<string>.None : text;

    // An empty body is not JSON either, so it takes the same path as any other non-Gladia body.
    private static Option<GladiaErrorBody> Read(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, GladiaJsonContext.Default.GladiaErrorBody) is { } parsed
                ? parsed
                : Option<GladiaErrorBody>.None;
        }
        catch (JsonException)
        {
            return Option<GladiaErrorBody>.None;
        }
    }

    private static string Describe(HttpExchange exchange) =>
        exchange.Body.IsEmpty
            ? $"HTTP {exchange.StatusCode} with an empty body"
            : $"HTTP {exchange.StatusCode}: {Excerpts.Of(exchange.Body.Span)}";
}
