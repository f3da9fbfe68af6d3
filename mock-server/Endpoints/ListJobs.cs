using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Http;
using PreRecordedFx.MockServer.Store;

namespace PreRecordedFx.MockServer.Endpoints;

/// <summary><c>GET /v2/pre-recorded</c>: live jobs matching every filter, newest first, one page at a time.</summary>
internal static class ListJobs
{
    public static IResult Handle(HttpContext context, JobStore store, IOptions<MockServerOptions> options)
    {
        var (request, errors) = ListRequest.Parse(context.Request.Query, options.Value.MaxLimit);
        if (request is null)
        {
            return GladiaErrors.Result(StatusCodes.Status400BadRequest, "Bad request: invalid query parameters", errors);
        }

        var matching = store.NewestFirst.Where(job => !job.IsDeleted && Matches(job, request));
        var page = matching.Skip(request.Offset).Take(request.Limit + 1).ToList();
        var hasNext = page.Count > request.Limit;
        if (hasNext)
        {
            page.RemoveAt(page.Count - 1);
        }

        var root = Links.Origin(context.Request) + JobsEndpoints.Path;
        var filters = request.FilterQuery();
        string Link(long offset) => $"{root}?offset={offset}&limit={request.Limit}{filters}";
        return new PageResult(Link(0), Link(request.Offset), hasNext ? Link((long)request.Offset + request.Limit) : null, page);
    }

    private static bool Matches(StoredJob stored, ListRequest request)
    {
        var job = stored.Job;
        var createdAt = job.CreatedAt.ToUniversalTime();
        return (request.Date is not { } day || DateOnly.FromDateTime(createdAt.UtcDateTime) == day)
            && (request.BeforeDate is not { } before || createdAt < before)
            && (request.AfterDate is not { } after || createdAt > after)
            && (request.Statuses.Count == 0 || request.Statuses.Contains(job.Status.Value, StringComparer.Ordinal))
            && request.CustomMetadata.All(pair => stored.MetadataText.TryGetValue(pair.Key, out var value) && value == pair.Value);
    }
}
