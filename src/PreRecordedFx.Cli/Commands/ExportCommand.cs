using System.CommandLine;

namespace PreRecordedFx.Cli;

/// <summary><c>export &lt;id&gt;…</c>: each job into its own folder (JSON, transcripts, optionally audio), with a manifest.</summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var selection = new JobSelection();
        var output = new Option<string>("--output", "-o") { Description = "The folder to export into (created if needed); one sub-folder per job.", DefaultValueFactory = _ => "." };
        var audio = new Option<bool>("--audio") { Description = "Download each job's audio into its folder too." };
        var concurrency = Concurrency.Option("exports");
        var command = new Command("export", "Export jobs: job.json, transcript.txt/.srt/.vtt and optionally the audio, one folder per job, and manifest.json.");
        selection.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(audio);
        command.Options.Add(concurrency);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var root = parsed.GetRequiredValue(output);
            if (Folders.Create(root) is { } problem)
            {
                session.Fail(problem);
                return ExitCodes.BadUsage;
            }

            var ids = await selection.ResolveAsync(session, parsed, cancellationToken).ConfigureAwait(false);
            if (ids is null)
            {
                return ExitCodes.SomeFailed;
            }

            var exporter = new JobExporter(session.Jobs, root, parsed.GetValue(audio));
            var entries = new ManifestEntry[ids.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parsed.GetValue(concurrency), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), parallel, async (i, token) =>
            {
                var exported = await exporter.ExportAsync(ids[i], token).ConfigureAwait(false);
                entries[i] = exported.Match(
                    Right: job => Manifest.Entry(root, job),
                    Left: error => Manifest.Failure(ids[i], session.Describe(error, ids[i])));
            }).ConfigureAwait(false);

            foreach (var entry in entries)
            {
                if (entry.Complete)
                {
                    environment.Line($"exported {entry.Id} {Path.Combine(root, entry.Folder!)} ({string.Join(", ", entry.Files)})");
                }
                else
                {
                    session.Fail(entry.Error!);
                }
            }

            await Manifest.WriteAsync(root, entries, cancellationToken).ConfigureAwait(false);
            return entries.All(e => e.Complete) ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }
}
