using System.Globalization;

namespace PreRecordedFx;

/// <summary>Checks a <see cref="JobQuery"/> and turns it into query parameters, and back.</summary>
internal static class ListQuery
{
    /// <summary>Why the query cannot be sent, or <c>null</c> when it can.</summary>
    public static PreRecordedError.InvalidArgument? Problem(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Offset < 0 ? new("offset", $"must be 0 or more, was {query.Offset}")
            : query.Limit < 1 ? new("limit", $"must be 1 or more, was {query.Limit}")
            : query.Statuses is null ? new("status", "must not be null")
            : StatusProblem(query.Statuses) is { } status ? new("status", status)
            : query.CustomMetadata is null ? new("custom_metadata", "must not be null")
            : MetadataProblem(query.CustomMetadata) is { } metadata ? new("custom_metadata", metadata)
            : query.AfterDate.IsSome && query.BeforeDate.IsSome && (DateTimeOffset)query.AfterDate >= (DateTimeOffset)query.BeforeDate
                ? new("after_date", "must be earlier than before_date")
            : null;
    }

    /// <summary>The parameters of a query that <see cref="Problem"/> accepted.</summary>
    public static IReadOnlyList<QueryParameter> Encode(JobQuery query)
    {
        // Plain branches and indexed loops (a foreach over the interface boxes an enumerator): this runs per page.
        var statuses = query.Statuses;
        var metadata = query.CustomMetadata;
        var parameters = new List<QueryParameter>(5 + statuses.Count + metadata.Count)
        {
            new("offset", query.Offset.ToString(CultureInfo.InvariantCulture)),
            new("limit", query.Limit.ToString(CultureInfo.InvariantCulture)),
        };
        if (query.Date.IsSome)
        {
            // "O" is yyyy-MM-dd for a DateOnly, and a fast path of the runtime's.
            parameters.Add(new("date", ((DateOnly)query.Date).ToString("O", CultureInfo.InvariantCulture)));
        }

        if (query.BeforeDate.IsSome)
        {
            parameters.Add(new("before_date", Instant((DateTimeOffset)query.BeforeDate)));
        }

        if (query.AfterDate.IsSome)
        {
            parameters.Add(new("after_date", Instant((DateTimeOffset)query.AfterDate)));
        }

        for (var i = 0; i < statuses.Count; i++)
        {
            parameters.Add(new("status", statuses[i].Value));
        }

        for (var i = 0; i < metadata.Count; i++)
        {
            var pair = metadata[i];
            parameters.Add(new(string.Concat("custom_metadata[", pair.Name, "]"), pair.Value));
        }

        return parameters;
    }

    /// <summary>Splits an encoded query (with or without its <c>?</c>) into decoded pairs; <c>+</c> is a space.</summary>
    public static IReadOnlyList<QueryParameter> Decode(string query)
    {
        var parameters = new List<QueryParameter>();
        foreach (var part in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            parameters.Add(new(Unescape(pair[0]), pair.Length == 2 ? Unescape(pair[1]) : string.Empty));
        }

        return parameters;
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    /// <summary>UTC with milliseconds and <c>Z</c>: <c>2026-03-05T09:30:15.123Z</c>.</summary>
    private static string Instant(DateTimeOffset instant)
    {
        // "O" on a UTC DateTime is the runtime's fast ISO path, yyyy-MM-ddTHH:mm:ss.fffffffZ; keeping three
        // fraction digits truncates, exactly as the custom format "fff" would, at a fraction of its cost.
        Span<char> text = stackalloc char[28];
        instant.UtcDateTime.TryFormat(text, out _, "O", CultureInfo.InvariantCulture);
        text[23] = 'Z';
        return new string(text[..24]);
    }

    private static string? StatusProblem(IReadOnlyList<JobStatus> statuses)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            if (status.Value.Length == 0)
            {
                return "must not be empty";
            }

            if (!UnicodeText.IsWellFormed(status.Value))
            {
                return "must be valid Unicode text";
            }
        }

        return null;
    }

    private static string? MetadataProblem(IReadOnlyList<QueryParameter> pairs)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            if (pair is null || string.IsNullOrEmpty(pair.Name))
            {
                return "keys must not be empty";
            }

            if (pair.Value is null)
            {
                return "values must not be null";
            }

            if (!UnicodeText.IsWellFormed(pair.Name) || !UnicodeText.IsWellFormed(pair.Value))
            {
                return "keys and values must be valid Unicode text";
            }
        }

        return null;
    }
}
