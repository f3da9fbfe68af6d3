using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>The jobs a command acts on: ids on the command line, or (<c>--from</c>) every job the list filters match.</summary>
internal sealed class JobSelection
{
    public Argument<string[]> Ids { get; } = new("id") { Description = "Job ids.", Arity = ArgumentArity.ZeroOrMore };

    public Option<bool> From { get; } = new("--from") { Description = "Act on every job the list filters (--status, --date, --after, --before, --metadata) match, instead of ids." };

    public FilterOptions Filters { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Ids);
        command.Options.Add(From);
        Filters.AddTo(command);
        command.Validators.Add(result =>
        {
            var ids = result.GetValue(Ids) ?? [];
            var from = result.GetValue(From);
            if (ids.Length > 0 == from)
            {
                result.AddError("give job ids or --from with list filters, not both or neither");
            }
        });
    }

    /// <summary>The ids chosen, or <c>null</c> after writing why the listing failed.</summary>
    public async Task<IReadOnlyList<string>?> ResolveAsync(Session session, ParseResult parsed, CancellationToken cancellationToken)
    {
        if (!parsed.GetValue(From))
        {
            return [.. parsed.GetValue(Ids)!.Distinct(StringComparer.Ordinal)];
        }

        var ids = new List<string>();
        await foreach (var item in session.Jobs.ListAllEnvelopesAsync(Filters.Query(parsed, 100), cancellationToken).ConfigureAwait(false))
        {
            if (item.Case is not JobEnvelope job)
            {
                session.Fail((PreRecordedError)item.Case!);
                return null;
            }

            ids.Add(job.Id);
        }

        return ids;
    }
}
