using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace PreRecordedFx.Cli;

/// <summary>The list filters, shared by <c>list</c>, <c>prune</c> and the <c>--from</c> of <c>download</c> and <c>export</c>.</summary>
internal sealed class FilterOptions
{
    public Option<string[]> Status { get; } = new("--status")
    {
        Description = "Only jobs in this status (queued, processing, done, error); repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<DateOnly?> Date { get; } = new("--date")
    {
        Description = "Only jobs created on this UTC day, e.g. 2026-09-30.",
        CustomParser = result => Parse<DateOnly>(result, "--date", "2026-09-30", text =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null),
    };

    public Option<DateTimeOffset?> After { get; } = new("--after")
    {
        Description = "Only jobs created after this instant (UTC unless an offset is given), e.g. 2026-09-01 or 2026-09-01T12:00:00Z.",
        CustomParser = result => Parse<DateTimeOffset>(result, "--after", "2026-09-01 or 2026-09-01T12:00:00Z", Instant),
    };

    public Option<DateTimeOffset?> Before { get; } = new("--before")
    {
        Description = "Only jobs created before this instant (UTC unless an offset is given).",
        CustomParser = result => Parse<DateTimeOffset>(result, "--before", "2026-09-01 or 2026-09-01T12:00:00Z", Instant),
    };

    public Option<string[]> Metadata { get; } = new("--metadata")
    {
        Description = "Only jobs whose custom metadata has key=value; repeat for several.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<int?> Limit { get; } = new("--limit")
    {
        Description = "Jobs per page (1-100).",
    };

    public Option<int?> Offset { get; } = new("--offset")
    {
        Description = "Jobs to skip first.",
    };

    public FilterOptions()
    {
        Status.AcceptOnlyFromAmong([.. JobStatus.Known.Select(s => s.Value)]);
        Metadata.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => !t.Value.Contains('=', StringComparison.Ordinal) || t.Value.StartsWith('=')))
            {
                result.AddError($"bad --metadata '{token.Value}': use key=value");
            }
        });
        Ranges.Require(Limit, 1, int.MaxValue, "bad --limit: it must be at least 1");
        Ranges.Require(Offset, 0, int.MaxValue, "bad --offset: it must be 0 or more");
    }

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Status, Date, After, Before, Metadata, Limit, Offset })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The query the options describe; the limit defaults to <paramref name="defaultLimit"/>.</summary>
    public JobQuery Query(ParseResult parsed, int defaultLimit)
    {
        var query = JobQuery.Default
            .WithLimit(parsed.GetValue(Limit) ?? defaultLimit)
            .WithOffset(parsed.GetValue(Offset) ?? 0)
            .WithStatus([.. (parsed.GetValue(Status) ?? []).Select(s => new JobStatus(s))]);
        if (parsed.GetValue(Date) is { } day)
        {
            query = query.WithDate(day);
        }

        if (parsed.GetValue(After) is { } after)
        {
            query = query.WithAfterDate(after);
        }

        if (parsed.GetValue(Before) is { } before)
        {
            query = query.WithBeforeDate(before);
        }

        foreach (var pair in parsed.GetValue(Metadata) ?? [])
        {
            var split = pair.IndexOf('=', StringComparison.Ordinal);
            query = query.WithCustomMetadata(pair[..split], pair[(split + 1)..]);
        }

        return query;
    }

    private static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : null;

    private static T? Parse<T>(ArgumentResult result, string name, string example, Func<string, T?> parse)
        where T : struct
    {
        var text = result.Tokens[0].Value;
        if (parse(text) is { } value)
        {
            return value;
        }

        result.AddError($"bad date '{text}' for {name}: use {example}");
        return null;
    }
}
