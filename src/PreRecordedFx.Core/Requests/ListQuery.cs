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
        var parameters = new List<QueryParameter>(5 + query.Statuses.Count + query.CustomMetadata.Count)
        {
            new("offset", query.Offset.ToString(CultureInfo.InvariantCulture)),
            new("limit", query.Limit.ToString(CultureInfo.InvariantCulture)),
        };
        query.Date.IfSome(d => parameters.Add(new("date", d.ToString(DateFormat, CultureInfo.InvariantCulture))));
        query.BeforeDate.IfSome(d => parameters.Add(new("before_date", Instant(d))));
        query.AfterDate.IfSome(d => parameters.Add(new("after_date", Instant(d))));
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
        : query.Statuses.Any(s => s.Value.Length == 0) ? new("status", "must not be empty")
        : query.Statuses.Any(s => !UnicodeText.IsWellFormed(s.Value)) ? new("status", "must be valid Unicode text")
        : query.CustomMetadata is null ? new("custom_metadata", "must not be null")
        : query.CustomMetadata.Any(p => p is null || string.IsNullOrEmpty(p.Name)) ? new("custom_metadata", "keys must not be empty")
        : query.CustomMetadata.Any(p => p.Value is null) ? new("custom_metadata", "values must not be null")
        : query.CustomMetadata.Any(p => !UnicodeText.IsWellFormed(p.Name) || !UnicodeText.IsWellFormed(p.Value))
            ? new("custom_metadata", "keys and values must be valid Unicode text")
        : query.AfterDate.Bind(after => query.BeforeDate.Map(before => after >= before)).IfNone(false)
            ? new("after_date", "must be earlier than before_date")
        : null;
}
