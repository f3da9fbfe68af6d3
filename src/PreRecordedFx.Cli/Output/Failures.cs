using System.Globalization;

namespace PreRecordedFx.Cli;

/// <summary>
/// Each failure as one line that says what to do next. The library's errors never carry the API key, so neither
/// do these lines; <c>--verbose</c> adds the ids Gladia's support asks for.
/// </summary>
internal static class Failures
{
    /// <summary>The line for <paramref name="error"/>.</summary>
    /// <param name="error">What went wrong.</param>
    /// <param name="api">The API's address, named when it cannot be reached.</param>
    /// <param name="jobId">The job concerned, if any.</param>
    /// <param name="verbose">Whether to add the request id and call id.</param>
    public static string Describe(PreRecordedError error, Uri api, string? jobId, bool verbose)
    {
        var address = api.GetLeftPart(UriPartial.Path).TrimEnd('/');
        var line = error.Match(
            invalidArgument: e => e.Parameter == "jobId" && jobId is not null
                ? $"unknown job '{jobId}': {e.Reason}; check the id with 'gladia-jobs list'"
                : $"invalid {e.Parameter}: {e.Reason}",
            unauthorized: _ => "the API key was refused: check GLADIA_API_KEY or --api-key",
            notFound: e => jobId is null ? $"not found: {e.Detail.Message}" : $"unknown job '{jobId}': check the id with 'gladia-jobs list'",
            notDeletable: _ => $"job '{jobId}' is still queued or processing: delete it once it is done",
            rateLimited: e => e.RetryAfter.Match(
                Some: wait => string.Create(CultureInfo.InvariantCulture, $"the API is rate limiting: try again in {Math.Ceiling(wait.TotalSeconds)} s"),
                None: () => "the API is rate limiting: try again later"),
            serviceError: e => e.StatusCode >= 500
                ? $"the API failed (HTTP {e.StatusCode}): try again later"
                : $"the API refused the request (HTTP {e.StatusCode}): {string.Join("; ", [e.Detail.Message, .. e.Detail.ValidationErrors])}",
            malformedResponse: e => $"{address} did not answer like Gladia's API ({e.Reason}): check --base-url",
            transportFailure: _ => $"cannot reach {address}: check the address (--base-url, GLADIA_API_URL) and that it is running",
            timeout: e => e.Operation == "wait"
                ? string.Create(CultureInfo.InvariantCulture, $"job '{jobId}' did not finish within {e.After.TotalSeconds} s: wait longer with --timeout")
                : $"{address} did not answer in time ({e.Operation}): try again later",
            destinationFailure: e => $"cannot write {e.Destination}: {e.Reason}; free space or choose another folder with -o",
            creationUnconfirmed: e => e.Message);
        return verbose ? line + Details(error) : line;
    }

    private static string Details(PreRecordedError error)
    {
        var detail = error switch
        {
            PreRecordedError.Unauthorized e => e.Detail,
            PreRecordedError.NotFound e => e.Detail,
            PreRecordedError.NotDeletable e => e.Detail,
            PreRecordedError.RateLimited e => e.Detail,
            PreRecordedError.ServiceError e => e.Detail,
            _ => null,
        };
        if (detail is null)
        {
            return error is PreRecordedError.TransportFailure transport ? $" ({transport.Reason})" : string.Empty;
        }

        var request = detail.RequestId.IfNone("none");
        var call = detail.CallId.IfNone("none");
        return $" (request id {request}, call id {call})";
    }
}
