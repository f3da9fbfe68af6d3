using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// A hostile Gladia: answers each request with the <see cref="Fault"/> the client named in the job id
/// (<c>{Fault}.{n}</c>) or in the list query (<c>custom_metadata[fault]</c>). Deterministic per call number; the only
/// state is an attempt counter per request, for faults that pass after a retry. Records which requests carried the key.
/// </summary>
public sealed class HostileScript
{
    public const int HugeBytes = 64 * 1024 * 1024;
    public const string FaultKey = "fault";
    public const string NumberKey = "n";
    public const string ThenKey = "then";

    private const string JobsPath = "/v2/pre-recorded";
    private const string LivePath = "/v2/live";
    private static readonly byte[] Filler = Encoding.ASCII.GetBytes(new string('[', 64 * 1024));

    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);
    private long requests;
    private long withKey;
    private long liveRequests;
    private long hugeAnswers;
    private long hugeBytesWritten;

    /// <param name="otherOrigin">Where cross-origin redirects and links point; <c>null</c> for the other origin itself, which answers every call validly.</param>
    public HostileScript(Uri? otherOrigin) => OtherOrigin = otherOrigin;

    public Uri? OtherOrigin { get; }

    public long Requests => Interlocked.Read(ref requests);

    public long RequestsWithKey => Interlocked.Read(ref withKey);

    public long LiveRequests => Interlocked.Read(ref liveRequests);

    public long HugeAnswers => Interlocked.Read(ref hugeAnswers);

    public long HugeBytesWritten => Interlocked.Read(ref hugeBytesWritten);

    /// <summary>The id that asks for <paramref name="fault"/> on call <paramref name="n"/>.</summary>
    public static string JobId(Fault fault, int n) => $"{fault}.{n.ToString(CultureInfo.InvariantCulture)}";

    public async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref requests);
        if (context.Request.Headers.ContainsKey("x-gladia-key"))
        {
            Interlocked.Increment(ref withKey);
        }

        try
        {
            var call = Call.Read(context.Request);
            if (call.Collection == LivePath)
            {
                Interlocked.Increment(ref liveRequests);
            }

            var fault = OtherOrigin is null ? Fault.Valid : call.Fault;
            await AnswerAsync(context, call, fault);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or InvalidOperationException)
        {
            // The client gave up (timeout, refused body) or Kestrel refused a short body: that is the script working.
        }
    }

    private async Task AnswerAsync(HttpContext context, Call call, Fault fault)
    {
        var aborted = context.RequestAborted;
        var response = context.Response;
        switch (fault)
        {
            case Fault.Valid:
                await ValidAsync(context, call);
                return;
            case Fault.TruncatedJson:
                var whole = ValidBody(context, call);
                await WriteAsync(response, 200, whole.ContentType, whole.Bytes.AsMemory(0, whole.Bytes.Length / 2), aborted);
                return;
            case Fault.CutShort:
                var full = ValidBody(context, call);
                response.StatusCode = call.Kind == Kind.Delete ? 202 : 200;
                response.ContentType = full.ContentType;
                response.ContentLength = (full.Bytes.Length * 2) + 1;
                await response.Body.WriteAsync(full.Bytes, aborted);
                await response.Body.FlushAsync(aborted);
                context.Abort();
                return;
            case Fault.RandomBytes:
                var noise = new byte[512];
                new Random(call.Number).NextBytes(noise);
                await WriteAsync(response, call.Kind == Kind.Delete ? 202 : 200, ValidBody(context, call).ContentType, noise, aborted);
                return;
            case Fault.WrongShape:
                await WriteAsync(response, 200, "application/json", WrongShape(context, call), aborted);
                return;
            case Fault.EmptyOk:
                response.StatusCode = 200;
                response.ContentLength = 0;
                return;
            case Fault.Html502:
                await WriteAsync(response, 502, "text/html", "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"u8.ToArray(), aborted);
                return;
            case Fault.HugeChunked or Fault.HugeDeclared:
                await HugeAsync(context, call, fault == Fault.HugeDeclared);
                return;
            case Fault.Stall:
                await Task.Delay(TimeSpan.FromSeconds(30), aborted);
                return;
            case Fault.Drip:
                await DripAsync(context, call);
                return;
            case Fault.Reset:
                context.Abort();
                return;
            case Fault.ResetMidBody:
                var cut = ValidBody(context, call);
                response.StatusCode = call.Kind == Kind.Delete ? 202 : 200;
                response.ContentType = cut.ContentType;
                response.ContentLength = cut.Bytes.Length + 1;
                await response.Body.WriteAsync(cut.Bytes.AsMemory(0, cut.Bytes.Length / 2), aborted);
                await response.Body.FlushAsync(aborted);
                context.Abort();
                return;
            case Fault.RetryAfterZeroSeconds:
                await RateLimitedOnceAsync(context, call, "0");
                return;
            case Fault.RetryAfterLongSeconds:
                await RateLimitedAsync(context, "120");
                return;
            case Fault.RetryAfterPastDate:
                await RateLimitedOnceAsync(context, call, DateTimeOffset.UtcNow.AddMinutes(-5).ToString("r", CultureInfo.InvariantCulture));
                return;
            case Fault.RetryAfterFutureDate:
                await RateLimitedAsync(context, DateTimeOffset.UtcNow.AddHours(1).ToString("r", CultureInfo.InvariantCulture));
                return;
            case Fault.Unavailable503Twice:
                if (Attempt(context) <= 2)
                {
                    await GladiaErrorAsync(context, 503, "Service unavailable");
                    return;
                }

                await ValidAsync(context, call);
                return;
            case Fault.Unavailable503Always:
                await GladiaErrorAsync(context, 503, "Service unavailable");
                return;
            case Fault.RedirectLoop or Fault.RedirectChain:
                await HopAsync(context, call, fault);
                return;
            case Fault.NextOtherOrigin when call.Kind == Kind.List:
                await WriteAsync(response, 200, "application/json", Page(context, call, new Uri(OtherOrigin!, call.Collection + "?offset=2&limit=2")), aborted);
                return;
            default: // RedirectOtherOrigin, and NextOtherOrigin outside a list
                response.StatusCode = call.Kind == Kind.Delete ? 307 : 302;
                response.Headers.Location = new Uri(OtherOrigin!, context.Request.Path + context.Request.QueryString).AbsoluteUri;
                return;
        }
    }

    private static Task ValidAsync(HttpContext context, Call call)
    {
        if (call.Kind == Kind.Delete)
        {
            context.Response.StatusCode = 202;
            return Task.CompletedTask;
        }

        var body = ValidBody(context, call);
        if (call.Kind == Kind.File)
        {
            context.Response.Headers.ContentDisposition = "attachment; filename=\"audio.wav\"";
        }

        return WriteAsync(context.Response, 200, body.ContentType, body.Bytes, context.RequestAborted);
    }

    private static (string ContentType, byte[] Bytes) ValidBody(HttpContext context, Call call) => call.Kind switch
    {
        Kind.Job => ("application/json", JobJson(call, call.Id)),
        Kind.List => ("application/json", Page(context, call, NextLink(context, call))),
        Kind.File => ("audio/wav", Audio(call.Number)),
        _ => ("application/json", []),
    };

    private static byte[] Audio(int n)
    {
        var bytes = new byte[256];
        new Random(n).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Page(HttpContext context, Call call, Uri? next)
    {
        var origin = new Uri(context.Request.Scheme + "://" + context.Request.Host + "/");
        var items = new[] { PreRecordedModelFactory.DoneJob("a." + call.Number), PreRecordedModelFactory.DoneJob("b." + call.Number) };
        if (call.Collection == LivePath)
        {
            var first = new Uri(origin, LivePath + "?offset=0&limit=2");
            return JsonSerializer.SerializeToUtf8Bytes(new LiveSessionPage(first, first, [.. items.Select(LiveOf)], next is null ? default : next), GladiaJsonContext.Default.LiveSessionPage);
        }

        return JsonSerializer.SerializeToUtf8Bytes(PreRecordedModelFactory.JobPage(items, next, origin), GladiaJsonContext.Default.JobPage);
    }

    private static byte[] JobJson(Call call, string id) => call.Collection == LivePath
        ? JsonSerializer.SerializeToUtf8Bytes(LiveOf(PreRecordedModelFactory.DoneJob(id)), GladiaJsonContext.Default.LiveSession)
        : JsonSerializer.SerializeToUtf8Bytes(PreRecordedModelFactory.DoneJob(id), GladiaJsonContext.Default.Job);

    // A done live session with the job's envelope, file and transcription.
    private static LiveSession LiveOf(Job job) => new(
        job.Id, job.RequestId, job.Version, job.Status, job.CreatedAt, job.CompletedAt, job.CustomMetadata, job.ErrorCode,
        File: job.File,
        RequestParams: new LiveRequestParams(Encoding: "wav/pcm", SampleRate: 16000),
        Result: job.Result.Map(result => new LiveResult(result.Metadata, result.Transcription)));

    private static Uri? NextLink(HttpContext context, Call call) =>
        call.Then is { } then
            ? new Uri($"{context.Request.Scheme}://{context.Request.Host}{call.Collection}?offset=2&limit=2&custom_metadata%5B{FaultKey}%5D={then}&custom_metadata%5B{NumberKey}%5D={call.Number}")
            : null;

    private static byte[] WrongShape(HttpContext context, Call call) => (call.Number % 6) switch
    {
        0 => "{\"items\":42}"u8.ToArray(),
        1 => "[1,2,3]"u8.ToArray(),
        2 => "\"a string\""u8.ToArray(),
        3 => "{\"id\":5,\"status\":true,\"created_at\":\"yesterday\"}"u8.ToArray(),
        4 => "null"u8.ToArray(),
        _ => call.Kind == Kind.List
            ? JobJson(call, "x")
            : Page(context, call, next: null),
    };

    private async Task HugeAsync(HttpContext context, Call call, bool declared)
    {
        Interlocked.Increment(ref hugeAnswers);
        var response = context.Response;

        // A file's huge body is its error body: a 2xx audio body is streamed by design and not capped.
        response.StatusCode = call.Kind switch { Kind.File => 404, Kind.Delete => 202, _ => 200 };
        response.ContentType = "application/json";
        if (declared)
        {
            response.ContentLength = HugeBytes;
        }

        for (var written = 0; written < HugeBytes; written += Filler.Length)
        {
            await response.Body.WriteAsync(Filler, context.RequestAborted);
            Interlocked.Add(ref hugeBytesWritten, Filler.Length);
        }
    }

    private static async Task DripAsync(HttpContext context, Call call)
    {
        var response = context.Response;
        response.StatusCode = call.Kind == Kind.Delete ? 202 : 200;
        response.ContentType = ValidBody(context, call).ContentType;
        await response.StartAsync(context.RequestAborted);
        for (var i = 0; i < 1500; i++)
        {
            await response.Body.WriteAsync(" "u8.ToArray(), context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(20, context.RequestAborted);
        }
    }

    private async Task RateLimitedOnceAsync(HttpContext context, Call call, string retryAfter)
    {
        if (Attempt(context) == 1)
        {
            await RateLimitedAsync(context, retryAfter);
            return;
        }

        await ValidAsync(context, call);
    }

    private static Task RateLimitedAsync(HttpContext context, string retryAfter)
    {
        context.Response.Headers.RetryAfter = retryAfter;
        return GladiaErrorAsync(context, 429, "Too many requests");
    }

    private static async Task HopAsync(HttpContext context, Call call, Fault fault)
    {
        if (call.Kind == Kind.Delete)
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "/hop/a";
            return;
        }

        var step = call.Hop ?? 0;
        if (fault == Fault.RedirectChain && step >= 10)
        {
            await ValidAsync(context, call);
            return;
        }

        var nextStep = fault == Fault.RedirectLoop ? (step == 1 ? 2 : 1) : step + 1;
        var query = $"?{FaultKey}={fault}&{NumberKey}={call.Number}&kind={call.Kind}&id={Uri.EscapeDataString(call.Id)}";
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = "/hop/" + nextStep.ToString(CultureInfo.InvariantCulture) + query;
    }

    private int Attempt(HttpContext context) =>
        attempts.AddOrUpdate(context.Request.Method + " " + context.Request.Path + context.Request.QueryString, 1, (_, n) => n + 1);

    private static Task GladiaErrorAsync(HttpContext context, int status, string message)
    {
        var body = $$"""{"timestamp":"2026-09-10T10:45:00.000Z","path":"{{JobsPath}}","request_id":"G-821fe9df","statusCode":{{status}},"message":"{{message}}"}""";
        return WriteAsync(context.Response, status, "application/json", Encoding.UTF8.GetBytes(body), context.RequestAborted);
    }

    private static async Task WriteAsync(HttpResponse response, int status, string contentType, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, cancellationToken);
    }

    private enum Kind
    {
        Job,
        List,
        File,
        Delete,
    }

    /// <summary>What a request asks for: the operation, the fault, the call number, and the hop for redirects.</summary>
    private sealed record Call(Kind Kind, Fault Fault, int Number, string Id, string? Then, int? Hop, string Collection = JobsPath)
    {
        public static Call Read(HttpRequest request)
        {
            var path = request.Path.Value ?? "/";
            if (path.StartsWith("/hop/", StringComparison.Ordinal))
            {
                var query = request.Query;
                return new Call(
                    Enum.Parse<Kind>(query["kind"].ToString()),
                    Enum.Parse<Fault>(query[FaultKey].ToString()),
                    int.Parse(query[NumberKey].ToString(), CultureInfo.InvariantCulture),
                    query["id"].ToString(),
                    null,
                    int.Parse(path["/hop/".Length..], CultureInfo.InvariantCulture));
            }

            var collection = path.StartsWith(LivePath, StringComparison.Ordinal) ? LivePath : JobsPath;
            if (path == collection)
            {
                var query = request.Query;
                var fault = Enum.Parse<Fault>(query[$"custom_metadata[{FaultKey}]"].ToString());
                var n = int.Parse(query[$"custom_metadata[{NumberKey}]"].ToString(), CultureInfo.InvariantCulture);
                var then = query[$"custom_metadata[{ThenKey}]"].ToString();
                return new Call(Kind.List, fault, n, string.Empty, then.Length > 0 ? then : null, null, collection);
            }

            var rest = path[(collection.Length + 1)..];
            var isFile = rest.EndsWith("/file", StringComparison.Ordinal);
            var id = Uri.UnescapeDataString(isFile ? rest[..^"/file".Length] : rest);
            var dot = id.LastIndexOf('.');
            var kind = request.Method == "DELETE" ? Kind.Delete : isFile ? Kind.File : Kind.Job;
            return new Call(kind, Enum.Parse<Fault>(id[..dot]), int.Parse(id[(dot + 1)..], CultureInfo.InvariantCulture), id, null, null, collection);
        }
    }
}
