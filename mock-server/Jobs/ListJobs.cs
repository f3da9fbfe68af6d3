using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary><c>GET /v2/pre-recorded</c> and <c>GET /v2/live</c>: undeleted jobs of the store's kind matching every filter, newest first, one page at a time.</summary>
internal static class ListJobs
{
    public static IResult Handle(HttpContext context, JobStore store, IOptions<MockServerOptions> options)
    {
        var (request, errors) = ListRequest.Parse(context.Request.Query, options.Value.MaxLimit);
        if (request is null)
        {
            return GladiaErrors.Result(StatusCodes.Status400BadRequest, "Bad request: invalid query parameters", errors);
        }

        var page = Page(store.NewestFirst, request);
        var hasNext = page.Count > request.Limit;
        if (hasNext)
        {
            page.RemoveAt(page.Count - 1);
        }

        var root = Links.Origin(context.Request) + store.Path;
        var filters = request.FilterQuery();
        string Link(long offset) => $"{root}?offset={offset}&limit={request.Limit}{filters}";
        return new PageResult(Link(0), Link(request.Offset), hasNext ? Link((long)request.Offset + request.Limit) : null, page);
    }

    /// <summary>Up to <c>Limit + 1</c> live matching jobs after <c>Offset</c> of them (the extra one tells if there is a next page).</summary>
    private static List<StoredJob> Page(IReadOnlyList<StoredJob> newestFirst, ListRequest request)
    {
        // Plain loops: this runs per request, and a LINQ pipeline here cost closures and iterators per job.
        var wanted = (long)request.Limit + 1;
        var page = new List<StoredJob>((int)Math.Min(wanted, newestFirst.Count));
        var toSkip = request.Offset;
        for (var i = 0; i < newestFirst.Count && page.Count < wanted; i++)
        {
            var job = newestFirst[i];
            if (job.IsDeleted || !Matches(job, request))
            {
                continue;
            }

            if (toSkip > 0)
            {
                toSkip--;
            }
            else
            {
                page.Add(job);
            }
        }

        return page;
    }

    private static bool Matches(StoredJob stored, ListRequest request)
    {
        var job = stored.Job;
        var createdAt = job.CreatedAt.ToUniversalTime();
        return (request.Date is not { } day || DateOnly.FromDateTime(createdAt.UtcDateTime) == day)
            && (request.BeforeDate is not { } before || createdAt < before)
            && (request.AfterDate is not { } after || createdAt > after)
            && (request.Statuses.Count == 0 || HasStatus(request.Statuses, job.Status.Value))
            && HasMetadata(stored, request.CustomMetadata);
    }

    private static bool HasStatus(IReadOnlyList<string> statuses, string status)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            if (string.Equals(statuses[i], status, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMetadata(StoredJob stored, IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            if (!stored.MetadataText.TryGetValue(pairs[i].Key, out var value) || value != pairs[i].Value)
            {
                return false;
            }
        }

        return true;
    }
}
