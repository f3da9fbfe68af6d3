using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// The admin API's JSON: snake_case like the wire, and strict (an unknown member is an error, so a typo such as
/// <c>error_rat</c> is a 400 rather than a silently ignored setting).
/// </summary>
internal static class AdminJson
{
    /// <summary>The largest admin body read (a saved production job with a long transcript fits easily).</summary>
    public const int MaxBodyBytes = 64 * 1024 * 1024;

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,

        // Paths in the journal read as sent (& rather than \u0026).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The request body's bytes, or <c>null</c> when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The body as a <typeparamref name="T"/>, or the reasons it is not one.</summary>
    public static async Task<(T? Value, IReadOnlyList<string> Problems)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        if (await ReadBodyAsync(request) is not { } bytes)
        {
            return (null, [$"The body must not be larger than {MaxBodyBytes} bytes"]);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, Options) is { } value
                ? (value, [])
                : (null, ["The body must be a JSON object"]);
        }
        catch (JsonException e)
        {
            return (null, [e.Message]);
        }
    }
}
