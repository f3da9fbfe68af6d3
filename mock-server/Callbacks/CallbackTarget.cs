using System.Text.Json;
using System.Text.Json.Nodes;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Callbacks;

/// <summary>
/// Where and how a job's callback goes: <c>callback: true</c> with <c>callback_config</c> (<c>url</c>, <c>method</c>
/// <c>POST</c> or <c>PUT</c>, POST by default), or the deprecated <c>callback_url</c> (always POST). Only loopback
/// hosts unless <see cref="MockServerOptions.AllowRemoteCallbacks"/>: a mock must not call the internet by surprise.
/// </summary>
internal sealed record CallbackTarget(Uri Url, HttpMethod Method)
{
    private static readonly string[] Methods = ["POST", "PUT"];

    /// <summary>The callback a creation body asks for (none when it asks for none), or why it cannot be made.</summary>
    public static (CallbackTarget? Target, IReadOnlyList<string> Problems) Read(JsonObject body, bool allowRemote)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["callback"]?.GetValueKind() == JsonValueKind.True && body["callback_config"] is JsonObject config)
        {
            var problems = new List<string>();
            var url = ReadUrl(config["url"], "callback_config.url", allowRemote, problems);
            var method = config["method"] switch
            {
                null => HttpMethod.Post,
                JsonValue value when value.GetValueKind() == JsonValueKind.String && Methods.Contains(value.GetValue<string>()) => new HttpMethod(value.GetValue<string>()),
                _ => null,
            };
            if (method is null)
            {
                problems.Add("Field \"callback_config.method\" must be one of the following values: " + string.Join(", ", Methods));
            }

            return problems.Count == 0 ? (new CallbackTarget(url!, method!), problems) : (null, problems);
        }

        if (body["callback_url"] is { } deprecated)
        {
            var problems = new List<string>();
            var url = ReadUrl(deprecated, "callback_url", allowRemote, problems);
            return url is null ? (null, problems) : (new CallbackTarget(url, HttpMethod.Post), problems);
        }

        return body["callback"]?.GetValueKind() == JsonValueKind.True
            ? (null, ["Field \"callback_config.url\" is required when \"callback\" is true"])
            : (null, []);
    }

    /// <summary>Why <paramref name="text"/> (named <paramref name="subject"/> in the message) cannot be called, or null when it can.</summary>
    public static string? Problem(string subject, string text, bool allowRemote)
    {
        if (!Links.TryHttp(text, out var url))
        {
            return $"{subject} must be a URL address";
        }

        return allowRemote || url.IsLoopback
            ? null
            : $"{subject} must point to a loopback address (localhost, 127.0.0.1 or [::1]): the mock calls no other host unless started with --allow-remote-callbacks";
    }

    private static Uri? ReadUrl(JsonNode? value, string field, bool allowRemote, List<string> problems)
    {
        var text = value?.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";
        if (Problem($"Field \"{field}\"", text, allowRemote) is { } problem)
        {
            problems.Add(problem);
            return null;
        }

        return new Uri(text);
    }
}
