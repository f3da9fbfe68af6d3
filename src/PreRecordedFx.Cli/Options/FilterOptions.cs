using System.CommandLine;
using System.CommandLine.Parsing;

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
        CustomParser = result => Parse(result, "--date", Filters.DayExample, Filters.Day),
    };

    public Option<DateTimeOffset?> After { get; } = new("--after")
    {
        Description = "Only jobs created after this instant (UTC unless an offset is given), e.g. 2026-09-01 or 2026-09-01T12:00:00Z.",
        CustomParser = result => Parse(result, "--after", Filters.InstantExample, Filters.Instant),
    };

    public Option<DateTimeOffset?> Before { get; } = new("--before")
    {
        Description = "Only jobs created before this instant (UTC unless an offset is given).",
        CustomParser = result => Parse(result, "--before", Filters.InstantExample, Filters.Instant),
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
        Pairs.Require(Metadata, "key=value");
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
    public JobQuery Query(ParseResult parsed, int defaultLimit) => new Filters(
        parsed.GetValue(Status) ?? [],
        parsed.GetValue(Date),
        parsed.GetValue(After),
        parsed.GetValue(Before),
        [.. Pairs.Split(parsed.GetValue(Metadata))],
        parsed.GetValue(Limit),
        parsed.GetValue(Offset)).Query(defaultLimit);

    private static T? Parse<T>(ArgumentResult result, string name, string example, Func<string, T?> parse)
        where T : struct
    {
        var text = result.Tokens[0].Value;
        if (parse(text) is { } value)
        {
            return value;
        }

        result.AddError(Filters.BadDate(text, name, example));
        return null;
    }
}
