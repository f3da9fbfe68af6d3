using System.Diagnostics.Contracts;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using LanguageExt;
using static LanguageExt.Prelude;

namespace PreRecordedFx;

/// <summary>
/// Pure parsers: an <see cref="HttpExchange"/> in, a value or a <see cref="PreRecordedError"/> out.
/// No exception escapes; a body that breaks the contract is a <see cref="PreRecordedError.MalformedResponse"/>.
/// </summary>
/// <example><code>
/// Responses.ParseJob(exchange).Match(
///     Right: job => Console.WriteLine(job.Status),
///     Left: error => Console.WriteLine(error.Message));
/// </code></example>
public static class Responses
{
    /// <summary>The answer to <c>GET /v2/pre-recorded/:id</c>: 200 with a job.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The job, or the error the answer means.</returns>
    [Pure]
    public static Either<PreRecordedError, Job> ParseJob(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.Job);

    /// <summary>The answer to <c>GET /v2/pre-recorded</c>: 200 with a page.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The page, or the error the answer means.</returns>
    [Pure]
    public static Either<PreRecordedError, JobPage> ParsePage(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.JobPage);

    /// <summary>
    /// The answer to <c>GET /v2/pre-recorded</c> or <c>GET /v2/live</c> read as envelopes: each job's <c>result</c>, <c>request_params</c> and
    /// <c>post_session_metadata</c> are skipped unread, so they cost little and cannot make the page fail; a job
    /// without its id or status still does, as in <see cref="ParsePage"/>.
    /// </summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The page of envelopes, or the error the answer means.</returns>
    [Pure]
    public static Either<PreRecordedError, JobEnvelopePage> ParseEnvelopePage(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.JobEnvelopePage);

    /// <summary>The answer to <c>GET /v2/live/:id</c>: 200 with a live session.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The session, or the error the answer means.</returns>
    [Pure]
    public static Either<PreRecordedError, LiveSession> ParseLiveSession(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.LiveSession);

    /// <summary>The answer to <c>GET /v2/live</c>: 200 with a page of live sessions.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The page, or the error the answer means.</returns>
    [Pure]
    public static Either<PreRecordedError, LiveSessionPage> ParseLivePage(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.LiveSessionPage);

    /// <summary>The answer to <c>POST /v2/upload</c>: 200 with the audio's link and what Gladia read of it.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The uploaded audio, or the error the answer means (413: a <see cref="PreRecordedError.ServiceError"/>).</returns>
    [Pure]
    public static Either<PreRecordedError, UploadedAudio> ParseUpload(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.UploadedAudio, 200, 201);

    /// <summary>The answer to <c>POST /v2/pre-recorded</c>: 201 with the new job's id and its link.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns>The created job, or the error the answer means (400 lists what Gladia refused).</returns>
    [Pure]
    public static Either<PreRecordedError, CreatedJob> ParseCreated(HttpExchange exchange) =>
        ParseJson(exchange, GladiaJsonContext.Default.CreatedJob, 201, 200);

    /// <summary>
    /// The answer to <c>DELETE /v2/pre-recorded/:id</c>: Gladia confirms with 202 and an empty body (204 is taken too).
    /// Any other 2xx (a proxy's 200 page) does not confirm the deletion and is a
    /// <see cref="PreRecordedError.MalformedResponse"/> saying so, as Gladia's TypeScript SDK treats it.
    /// </summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <returns><c>unit</c>, or the error the answer means (403: <see cref="PreRecordedError.NotDeletable"/>).</returns>
    [Pure]
    public static Either<PreRecordedError, Unit> ParseDeleted(HttpExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        return exchange.StatusCode switch
        {
            202 or 204 => unit,
            var status when IsSuccess(status) => Malformed(exchange, $"the deletion is unconfirmed: expected 202 or 204, got {status}"),
            _ => Failure(exchange, deleting: true),
        };
    }

    /// <summary>
    /// The head of the answer to <c>GET /v2/pre-recorded/:id/file</c>: 200 with audio. The body is not read
    /// here (it may be an hour of audio); the edge streams it.
    /// </summary>
    /// <param name="exchange">The HTTP answer; for a non-2xx status its (small) body is the error body.</param>
    /// <returns>
    /// What the headers say of the audio, or the error the answer means: a JSON, HTML or other text body is not audio
    /// (a proxy's page, an error in disguise) and is a <see cref="PreRecordedError.MalformedResponse"/>.
    /// </returns>
    [Pure]
    public static Either<PreRecordedError, AudioFileInfo> ParseFileHead(HttpExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!IsSuccess(exchange.StatusCode))
        {
            return Failure(exchange, deleting: false);
        }

        var contentType = exchange.Header("Content-Type").IfNone("application/octet-stream");
        return IsJson(contentType) || IsText(contentType)
            ? Malformed(exchange, $"expected audio, got content type '{contentType}'")
            : new AudioFileInfo(
                contentType,
                exchange.Header("Content-Length").Bind(ParseLength),
                exchange.Header("Content-Disposition").Bind(ContentDisposition.FileName));
    }

    /// <summary>The error a non-2xx answer means, read from Gladia's error body when there is one.</summary>
    /// <param name="exchange">The HTTP answer.</param>
    /// <param name="deleting">Whether it answers a delete, where 403 means <see cref="PreRecordedError.NotDeletable"/>.</param>
    /// <returns>The matching case of the union.</returns>
    [Pure]
    public static PreRecordedError Failure(HttpExchange exchange, bool deleting)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var detail = ErrorBodies.Detail(exchange);
        return exchange.StatusCode switch
        {
            401 => new PreRecordedError.Unauthorized(detail),
            403 when deleting => new PreRecordedError.NotDeletable(detail),
            404 => new PreRecordedError.NotFound(detail),
            429 => new PreRecordedError.RateLimited(RetryAfter.Parse(exchange), detail),
            var status when IsSuccess(status) => Malformed(exchange, $"unexpected status {status}"),
            var status => new PreRecordedError.ServiceError(status, detail),
        };
    }

    // ok, alsoOk: the statuses that carry the value (a creation answers 201; a proxy may say 200).
    private static Either<PreRecordedError, T> ParseJson<T>(HttpExchange exchange, JsonTypeInfo<T> typeInfo, int ok = 200, int alsoOk = 200)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.StatusCode != ok && exchange.StatusCode != alsoOk)
        {
            return Failure(exchange, deleting: false);
        }

        if (exchange.Header("Content-Type").Filter(type => !IsJson(type)).Case is string wrongType)
        {
            return Malformed(exchange, $"expected JSON, got content type '{wrongType}'");
        }

        try
        {
            return JsonSerializer.Deserialize(exchange.Body.Span, typeInfo) is { } value
                ? value
                : Malformed(exchange, "the body is JSON null");
        }
        catch (JsonException e)
        {
            return Malformed(exchange, WithPath(e));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or NotSupportedException or OverflowException)
        {
            // A value of the right JSON type but out of range for its field (e.g. a URL that is not one).
            return Malformed(exchange, e.Message);
        }
    }

    // The serializer puts the path in the messages it writes; ours (a missing member, a null in a list) get it here.
    private static string WithPath(JsonException e) =>
        e.Path is { } path && !e.Message.Contains(" Path: ", StringComparison.Ordinal) ? $"{e.Message} Path: {path}" : e.Message;

    private static PreRecordedError.MalformedResponse Malformed(HttpExchange exchange, string reason) =>
        new PreRecordedError.MalformedResponse(exchange.StatusCode, reason, Excerpts.Of(exchange.Body.Span));

    private static bool IsSuccess(int status) => status is >= 200 and < 300;

    private static bool IsJson(string contentType)
    {
        var mediaType = MediaType(contentType);
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    // HTML (text/html, application/xhtml+xml) and every text/* type: a page or a message, never audio.
    private static bool IsText(string contentType)
    {
        var mediaType = MediaType(contentType);
        return mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    private static string MediaType(string contentType) => contentType.Split(';', 2)[0].Trim();

    private static Option<long> ParseLength(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
            ? length
            : None;
}
