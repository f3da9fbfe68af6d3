using System.CommandLine;
using System.Text.Json;

namespace PreRecordedFx.Cli;

/// <summary><c>export &lt;id&gt;…</c>: each job into its own folder (JSON, transcripts, optionally audio), with a manifest.</summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var selection = new JobSelection();
        var output = new Option<string>("--output", "-o") { Description = "The folder to export into (created if needed); one sub-folder per job.", DefaultValueFactory = _ => "." };
        var audio = new Option<bool>("--audio") { Description = "Download each job's audio into its folder too." };
        var json = JsonReport.Option();
        var concurrency = Concurrency.Option("exports");
        var command = new Command("export", Help.Describe(
            "Export jobs: job.json, transcript.txt/.srt/.vtt and optionally the audio, one folder per job, and manifest.json (kept up to date as each job is exported).",
            "gladia-jobs export 45463597-20b7-4af7-b3b3-f5fb778203ab -o ./exports",
            "gladia-jobs export --from --kind all --metadata userId=u-42 --audio -o ./exports",
            "gladia-jobs export --from --date 2026-09-30 -o ./exports --json | jq '.failed'"));
        selection.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(audio);
        command.Options.Add(json);
        command.Options.Add(concurrency);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            session.Json = parsed.GetValue(json);
            var root = parsed.GetRequiredValue(output);
            if (Folders.Create(root) is { } problem)
            {
                session.Fail(problem);
                return ExitCodes.BadUsage;
            }

            var targets = await selection.ResolveAsync(session, parsed, cancellationToken).ConfigureAwait(false);
            if (targets is null)
            {
                return ExitCodes.SomeFailed;
            }

            var shown = Kinds.Shown(selection.Collections(session, parsed));
            var exporter = new JobExporter(root, parsed.GetValue(audio));
            var manifest = await ManifestWriter.OpenAsync(root, cancellationToken).ConfigureAwait(false);
            var entries = new ManifestEntry[targets.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parsed.GetValue(concurrency), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
            {
                var exported = await exporter.ExportAsync(targets[i], token).ConfigureAwait(false);
                var id = targets[i].Id;
                entries[i] = exported.Match(
                    Right: job => Manifest.Entry(root, job),
                    Left: error => Manifest.Failure(id, session.Describe(error, id), targets[i].Collections.Count == 1 ? targets[i].Collections[0].Kind : null));
                manifest.Add(entries[i]);
                if (entries[i].Complete)
                {
                    session.Done.Add("exported");
                }
            }).ConfigureAwait(false);

            foreach (var entry in entries)
            {
                if (entry.Complete)
                {
                    session.Say($"exported {entry.Id}{Kinds.Tag(shown, entry.Kind ?? JobKinds.PreRecorded)} {Path.Combine(root, entry.Folder!)} ({string.Join(", ", entry.Files)})");
                }
                else
                {
                    session.Fail(entry.Error!);
                }
            }

            if (session.Json)
            {
                var report = new ExportReport(root, [.. entries.Where(e => e.Complete)], [.. entries.Where(e => !e.Complete).Select(e => new JobFailure(e.Id, e.Error!))]);
                environment.Line(JsonSerializer.Serialize(report, CliJson.Default.ExportReport));
            }

            return entries.All(e => e.Complete) ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
