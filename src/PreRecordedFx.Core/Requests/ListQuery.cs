using System.Globalization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>Checks a <see cref="JobQuery"/> and turns it into query parameters, and back.</summary>
internal static class ListQuery
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static Either<PreRecordedError, JobQuery> Validate(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Problem(query) is { } error ? error : query;
    }

    public static IReadOnlyList<QueryParameter> Encode(JobQuery query)
    {
        // Plain branches rather than Option callbacks: this runs per page and allocates only what it returns.
        var parameters = new List<QueryParameter>(5 + query.Statuses.Count + query.CustomMetadata.Count)
        {
            new("offset", query.Offset.ToString(CultureInfo.InvariantCulture)),
            new("limit", query.Limit.ToString(CultureInfo.InvariantCulture)),
        };
        if (query.Date.IsSome)
        {
            parameters.Add(new("date", ((DateOnly)query.Date).ToString(DateFormat, CultureInfo.InvariantCulture)));
        }

        if (query.BeforeDate.IsSome)
        {
            parameters.Add(new("before_date", Instant((DateTimeOffset)query.BeforeDate)));
        }

        if (query.AfterDate.IsSome)
        {
            parameters.Add(new("after_date", Instant((DateTimeOffset)query.AfterDate)));
        }

        foreach (var status in query.Statuses)
        {
            parameters.Add(new("status", status.Value));
        }

        foreach (var pair in query.CustomMetadata)
        {
            parameters.Add(new("custom_metadata[" + pair.Name + "]", pair.Value));
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

    private static string Instant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    private static PreRecordedError.InvalidArgument? Problem(JobQuery query) =>
        query.Offset < 0 ? new("offset", $"must be 0 or more, was {query.Offset}")
        : query.Limit < 1 ? new("limit", $"must be 1 or more, was {query.Limit}")
        : query.Statuses is null ? new("status", "must not be null")
        : StatusProblem(query.Statuses) is { } status ? new("status", status)
        : query.CustomMetadata is null ? new("custom_metadata", "must not be null")
        : MetadataProblem(query.CustomMetadata) is { } metadata ? new("custom_metadata", metadata)
        : query.AfterDate.IsSome && query.BeforeDate.IsSome && (DateTimeOffset)query.AfterDate >= (DateTimeOffset)query.BeforeDate
            ? new("after_date", "must be earlier than before_date")
        : null;

    private static string? StatusProblem(IReadOnlyList<JobStatus> statuses)
    {
        foreach (var status in statuses)
        {
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
        foreach (var pair in pairs)
        {
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
