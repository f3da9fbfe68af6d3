using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary>
/// Jobs as a table for a person, or as tab-separated lines (id, status, created, duration, metadata) for a pipe; when
/// <c>kind</c> is shown (live sessions in play), a kind column follows the id.
/// </summary>
internal static class JobTable
{
    public static Table For(IEnumerable<JobEnvelope> jobs, bool kind = false)
    {
        // Ids are copied from here into the next command: never wrapped.
        var table = new Table().AddColumn(new TableColumn("id").NoWrap());
        if (kind)
        {
            table.AddColumn(new TableColumn("kind").NoWrap());
        }

        table.AddColumns(new TableColumn("status"), new TableColumn("created").NoWrap(), new TableColumn("audio"), new TableColumn("metadata"));
        foreach (var job in jobs)
        {
            table.AddRow([.. Cells(job, kind).Select(cell => new Markup(Markup.Escape(cell)))]);
        }

        return table;
    }

    public static string Plain(JobEnvelope job, bool kind = false) => string.Join('\t', Cells(job, kind));

    private static IEnumerable<string> Cells(JobEnvelope job, bool kind) =>
        kind
            ? [job.Id, job.Kind, job.Status.Value, Formats.Instant(job.CreatedAt), Formats.Duration(job), Formats.Metadata(job)]
            : [job.Id, job.Status.Value, Formats.Instant(job.CreatedAt), Formats.Duration(job), Formats.Metadata(job)];
}
