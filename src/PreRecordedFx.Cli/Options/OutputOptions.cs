using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary>How <c>list</c> writes jobs: a table on a terminal, tab-separated lines in a pipe, or what a script asks for.</summary>
internal enum JobOutput
{
    Table,
    Plain,
    Json,
    Jsonl,
    Ids,
}

/// <summary>The script-facing output switches; at most one may be given.</summary>
internal sealed class OutputOptions
{
    public Option<bool> Json { get; } = new("--json") { Description = "Write the jobs as one JSON array, in Gladia's wire format." };

    public Option<bool> Jsonl { get; } = new("--jsonl") { Description = "Write one job per line as JSON." };

    public Option<bool> Ids { get; } = new("--ids") { Description = "Write only the job ids, one per line (for piping)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Jsonl);
        command.Options.Add(Ids);
        command.Validators.Add(result =>
        {
            if (new[] { Json, Jsonl, Ids }.Count(option => result.GetValue(option)) > 1)
            {
                result.AddError("choose one of --json, --jsonl and --ids");
            }
        });
    }

    public JobOutput Choose(ParseResult parsed, bool isTerminal) =>
        parsed.GetValue(Json) ? JobOutput.Json
        : parsed.GetValue(Jsonl) ? JobOutput.Jsonl
        : parsed.GetValue(Ids) ? JobOutput.Ids
        : isTerminal ? JobOutput.Table : JobOutput.Plain;
}
