using PreRecordedFx.MockServer.Files;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>
/// Writes every answered request but the admin API's own into the <see cref="RequestJournal"/>. Runs just inside the
/// unhandled-error middleware, so it sees the final status (faults, and a bug's 500, included). What it keeps is method, path and query only:
/// keys travel in headers, and any key text in the path or query (or a storage link's signature) is masked.
/// </summary>
internal sealed class JournalMiddleware(RequestDelegate next, RequestJournal journal, TimeProvider clock, JournalMasking masking)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!journal.Enabled || AdminEndpoints.Covers(context.Request.Path))
        {
            await next(context);
            return;
        }

        var time = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        var failed = true;
        try
        {
            await next(context);
            failed = false;
        }
        finally
        {
            // A failure that escapes becomes the unhandled-error middleware's 500 just outside.
            var response = context.Response;
            journal.Add(new JournalEntry(
                time,
                context.Request.Method,
                Target(context.Request),
                failed && !response.HasStarted ? StatusCodes.Status500InternalServerError : response.StatusCode,
                failed ? null : response.ContentLength,
                clock.GetElapsedTime(started).TotalMilliseconds));
        }
    }

    private string Target(HttpRequest request)
    {
        var path = request.PathBase.Add(request.Path).ToUriComponent();
        if (request.Path.StartsWithSegments(StorageEndpoint.Path, StringComparison.Ordinal))
        {
            return path;
        }

        return masking.Secrets(path + request.QueryString.ToUriComponent());
    }
}
