using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Primitives;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Jobs;

/// <summary>
/// The list endpoint's query, read the way Gladia's SDKs send it: repeated <c>status</c> keys (a comma list
/// is accepted too), <c>custom_metadata[key]=value</c> or <c>custom_metadata={"key":"value"}</c>, ISO-8601
/// dates. <see cref="Parse"/> collects every problem, so a 400 lists them all.
/// </summary>
internal sealed record ListRequest(
    int Offset,
    int Limit,
    DateOnly? Date,
    DateTimeOffset? BeforeDate,
    DateTimeOffset? AfterDate,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<KeyValuePair<string, string>> CustomMetadata)
{
    public const int DefaultLimit = 20;

    private const string MetadataKey = "custom_metadata";
    private static readonly string[] KnownStatuses = [.. JobStatus.Known.Select(status => status.Value)];
    private static readonly string[] InstantFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    public static (ListRequest? Request, IReadOnlyList<string> Errors) Parse(IQueryCollection query, int maxLimit)
    {
        var errors = new List<string>();
        var offset = Integer(query, "offset", 0, 0, int.MaxValue, errors);
        var limit = Integer(query, "limit", DefaultLimit, 1, maxLimit, errors);
        var date = Single(query, "date", errors) is { } dateText ? Day(dateText, errors) : null;
        var before = Single(query, "before_date", errors) is { } beforeText ? Instant("before_date", beforeText, errors) : null;
        var after = Single(query, "after_date", errors) is { } afterText ? Instant("after_date", afterText, errors) : null;
        var statuses = ReadStatuses(query, errors);
        var metadata = ReadMetadata(query, errors);
        return errors.Count == 0
            ? (new ListRequest(offset, limit, date, before, after, statuses, metadata), errors)
            : (null, errors);
    }

    /// <summary>The filters as a query suffix (<c>&amp;status=done…</c>), in the SDK's encoding, for the page links.</summary>
    public string FilterQuery()
    {
        var builder = new StringBuilder();
        if (Date is { } day)
        {
            Append(builder, "date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (BeforeDate is { } before)
        {
            Append(builder, "before_date", WireJson.Instant(before));
        }

        if (AfterDate is { } after)
        {
            Append(builder, "after_date", WireJson.Instant(after));
        }

        foreach (var status in Statuses)
        {
            Append(builder, "status", status);
        }

        foreach (var pair in CustomMetadata)
        {
            Append(builder, MetadataKey + "[" + pair.Key + "]", pair.Value);
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, string name, string value) =>
        builder.Append('&').Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));

    private static string? Single(IQueryCollection query, string name, List<string> errors)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        if (values.Count > 1)
        {
            errors.Add($"{name} must be given at most once");
            return null;
        }

        return values[0] ?? string.Empty;
    }

    // Huge values are capped rather than refused, as a real service would; only non-numbers and values below the minimum are errors.
    private static int Integer(IQueryCollection query, string name, int fallback, int minimum, int maximum, List<string> errors)
    {
        if (Single(query, name, errors) is not { } text)
        {
            return fallback;
        }

        var trimmed = text.Trim();
        var negative = trimmed.StartsWith('-');
        var digits = negative || trimmed.StartsWith('+') ? trimmed[1..] : trimmed;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            errors.Add($"{name} must be an integer number");
            return fallback;
        }

        var magnitude = digits.TrimStart('0');
        var value = magnitude.Length > 10 ? long.MaxValue : long.Parse("0" + magnitude, CultureInfo.InvariantCulture);
        if (negative)
        {
            value = -value;
        }

        if (value < minimum)
        {
            errors.Add($"{name} must not be less than {minimum}");
            return fallback;
        }

        return (int)Math.Min(value, maximum);
    }

    private static DateOnly? Day(string text, List<string> errors)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add("date must be a valid date in the form YYYY-MM-DD");
        return null;
    }

    private static DateTimeOffset? Instant(string name, string text, List<string> errors)
    {
        // Form encoding turns the '+' of an offset into a space; put it back.
        var repaired = text.Trim().Replace(' ', '+');
        if (DateTimeOffset.TryParseExact(repaired, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            return instant;
        }

        errors.Add($"{name} must be a valid ISO 8601 date string");
        return null;
    }

    private static List<string> ReadStatuses(IQueryCollection query, List<string> errors)
    {
        var statuses = new List<string>();
        if (!query.TryGetValue("status", out var values))
        {
            return statuses;
        }

        foreach (var value in values)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!KnownStatuses.Contains(part, StringComparer.Ordinal))
                {
                    errors.Add($"status must be one of the following values: {string.Join(", ", KnownStatuses)}");
                    return statuses;
                }

                if (!statuses.Contains(part, StringComparer.Ordinal))
                {
                    statuses.Add(part);
                }
            }
        }

        return statuses;
    }

    private static List<KeyValuePair<string, string>> ReadMetadata(IQueryCollection query, List<string> errors)
    {
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, values) in query)
        {
            if (key.Equals(MetadataKey, StringComparison.OrdinalIgnoreCase))
            {
                MetadataObject(values, pairs, errors);
            }
            else if (key.StartsWith(MetadataKey + "[", StringComparison.OrdinalIgnoreCase) && key.EndsWith(']'))
            {
                var name = key[(MetadataKey.Length + 1)..^1];
                if (name.Length == 0)
                {
                    errors.Add("custom_metadata keys must not be empty");
                    continue;
                }

                pairs.AddRange(values.Select(value => KeyValuePair.Create(name, value ?? string.Empty)));
            }
        }

        return pairs;
    }

    // The JSON form production documents: custom_metadata={"user":"John Doe","n":42}.
    private static void MetadataObject(StringValues values, List<KeyValuePair<string, string>> pairs, List<string> errors)
    {
        foreach (var value in values)
        {
            try
            {
                using var document = JsonDocument.Parse(value ?? string.Empty);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add("custom_metadata must be a JSON object");
                    continue;
                }

                foreach (var member in document.RootElement.EnumerateObject())
                {
                    switch (member.Value.ValueKind)
                    {
                        case JsonValueKind.String:
                            pairs.Add(KeyValuePair.Create(member.Name, member.Value.GetString()!));
                            break;
                        case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                            pairs.Add(KeyValuePair.Create(member.Name, member.Value.GetRawText()));
                            break;
                        default:
                            errors.Add("custom_metadata values must be strings, numbers or booleans");
                            break;
                    }
                }
            }
            catch (JsonException)
            {
                errors.Add("custom_metadata must be a JSON object");
            }
        }
    }
}
