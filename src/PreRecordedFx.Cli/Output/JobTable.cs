using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary>Jobs as a table for a person, or as tab-separated lines (id, status, created, duration, metadata) for a pipe.</summary>
internal static class JobTable
{
    public static Table For(IEnumerable<JobEnvelope> jobs)
    {
        // Ids are copied from here into the next command: never wrapped.
        var table = new Table().AddColumns(new TableColumn("id").NoWrap(), new TableColumn("status"), new TableColumn("created").NoWrap(), new TableColumn("audio"), new TableColumn("metadata"));
        foreach (var job in jobs)
        {
            table.AddRow(
                Markup.Escape(job.Id),
                Markup.Escape(job.Status.Value),
                Formats.Instant(job.CreatedAt),
                Formats.Duration(job),
                Markup.Escape(Formats.Metadata(job)));
        }

        return table;
    }

    public static string Plain(JobEnvelope job) =>
        string.Join('\t', job.Id, job.Status.Value, Formats.Instant(job.CreatedAt), Formats.Duration(job), Formats.Metadata(job));
}
