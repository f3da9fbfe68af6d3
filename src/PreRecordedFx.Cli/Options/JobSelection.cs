using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>One job a command acts on, and the collections to look for it in, in order (one when it was listed).</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Collections">Where to look: the kinds <c>--kind</c> named for an id given, the job's own for a listed one.</param>
internal sealed record JobTarget(string Id, IReadOnlyList<JobCollection> Collections);

/// <summary>
/// The jobs a command acts on: ids on the command line, or (<c>--from</c>) every job the list filters match, of the
/// kinds <c>--kind</c> names.
/// </summary>
internal sealed class JobSelection
{
    public Argument<string[]> Ids { get; } = new("id") { Description = "Job ids.", Arity = ArgumentArity.ZeroOrMore };

    public Option<bool> From { get; } = new("--from") { Description = "Act on every job the list filters (--status, --date, --after, --before, --metadata) match, instead of ids." };

    public FilterOptions Filters { get; } = new();

    public Option<KindChoice?> Kind { get; } = KindOption.Option(
        $"Which jobs: pre-recorded (default), live or all; with --from, all lists both kinds; for ids, {KindOption.SingleIdNote}.");

    public void AddTo(Command command)
    {
        command.Arguments.Add(Ids);
        command.Options.Add(From);
        Filters.AddTo(command);
        command.Options.Add(Kind);
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

    /// <summary>The collections <c>--kind</c> names.</summary>
    public IReadOnlyList<JobCollection> Collections(Session session, ParseResult parsed) => session.Collections(KindOption.Of(parsed, Kind));

    /// <summary>The jobs chosen, or <c>null</c> after writing why the listing failed.</summary>
    public async Task<IReadOnlyList<JobTarget>?> ResolveAsync(Session session, ParseResult parsed, CancellationToken cancellationToken)
    {
        var collections = Collections(session, parsed);
        if (!parsed.GetValue(From))
        {
            return [.. parsed.GetValue(Ids)!.Distinct(StringComparer.Ordinal).Select(id => new JobTarget(id, collections))];
        }

        var targets = new List<JobTarget>();
        foreach (var collection in collections)
        {
            await foreach (var item in collection.Api.ListAllEnvelopesAsync(Filters.Query(parsed, 100), cancellationToken).ConfigureAwait(false))
            {
                if (item.Case is not JobEnvelope job)
                {
                    session.Fail((PreRecordedError)item.Case!);
                    return null;
                }

                targets.Add(new JobTarget(job.Id, [collection]));
            }
        }

        return targets;
    }
}
