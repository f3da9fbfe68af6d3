using System.CommandLine;
using System.Text.Json;
using LanguageExt;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary><c>download &lt;id&gt;…</c>: jobs' audio into a folder, several at a time, skipping files already complete.</summary>
internal static class DownloadCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var selection = new JobSelection();
        var output = new System.CommandLine.Option<string>("--output", "-o") { Description = "The folder to write into (created if needed).", DefaultValueFactory = _ => "." };
        var json = JsonReport.Option();
        var concurrency = Concurrency.Option("downloads");
        var command = new Command("download", Help.Describe(
            "Download jobs' audio, named as the server names it. An interrupted file is kept as name.part and resumed by the next run.",
            "gladia-jobs download 45463597-20b7-4af7-b3b3-f5fb778203ab -o ./audio",
            "gladia-jobs download --from --kind all --metadata userId=u-42 -o ./audio",
            "gladia-jobs download --from --after 2026-09-01 -o ./audio --json | jq '.failed'"));
        selection.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(json);
        command.Options.Add(concurrency);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            session.Json = parsed.GetValue(json);
            var folder = parsed.GetRequiredValue(output);
            if (Folders.Create(folder) is { } problem)
            {
                session.Fail(problem);
                return ExitCodes.BadUsage;
            }

            var targets = await selection.ResolveAsync(session, parsed, cancellationToken).ConfigureAwait(false);
            if (targets is null)
            {
                return ExitCodes.SomeFailed;
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parsed.GetValue(concurrency), CancellationToken = cancellationToken };
            var heads = new Either<PreRecordedError, AudioHead>[targets.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, targets.Count), parallel, async (i, token) =>
                heads[i] = await AudioFetcher.HeadAsync(targets[i].Collections, targets[i].Id, token).ConfigureAwait(false)).ConfigureAwait(false);

            var shown = Kinds.Shown(selection.Collections(session, parsed));
            var ids = targets.Select(t => t.Id).ToList();
            var failed = new List<JobFailure>();
            for (var i = 0; i < ids.Count; i++)
            {
                heads[i].IfLeft(error =>
                {
                    var reason = error is PreRecordedError.NotFound
                        ? $"job '{ids[i]}' has no audio on the server, or does not exist: check it with 'gladia-jobs get {ids[i]}'"
                        : session.Describe(error, ids[i]);
                    failed.Add(new JobFailure(ids[i], reason));
                    session.Fail(reason);
                });
            }

            var named = AudioFetcher.Name([.. heads.Rights()]);
            var results = await DownloadAllAsync(session, named, folder, parallel).ConfigureAwait(false);
            var files = new List<DownloadedFile>();
            foreach (var (head, result) in results.Select(r => (r.Head, r.Result)))
            {
                result.Match(
                    Right: fetched =>
                    {
                        files.Add(new DownloadedFile(head.JobId, fetched.Path, fetched.Bytes, fetched.Skipped, fetched.ResumedFrom, head.Jobs.Kind));
                        var job = head.JobId + Kinds.Tag(shown, head.Jobs.Kind);
                        session.Say(fetched.Skipped ? $"complete {job} {fetched.Path}"
                            : fetched.ResumedFrom > 0 ? $"downloaded {job} {fetched.Path} ({fetched.Bytes} bytes, resumed from byte {fetched.ResumedFrom})"
                            : $"downloaded {job} {fetched.Path} ({fetched.Bytes} bytes)");
                    },
                    Left: error =>
                    {
                        failed.Add(new JobFailure(head.JobId, session.Describe(error, head.JobId)));
                        session.Fail(error, head.JobId);
                    });
            }

            if (session.Json)
            {
                environment.Line(JsonSerializer.Serialize(new DownloadReport(files, failed), CliJson.Default.DownloadReport));
            }

            return failed.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static async Task<List<(AudioHead Head, Either<PreRecordedError, FetchedAudio> Result)>> DownloadAllAsync(
        Session session, IReadOnlyList<(AudioHead Head, string FileName)> named, string folder, ParallelOptions parallel)
    {
        var results = new (AudioHead, Either<PreRecordedError, FetchedAudio>)[named.Count];

        async Task Run(Func<int, IProgress<DownloadProgress>?> progressFor)
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, named.Count), parallel, async (i, token) =>
            {
                var (head, name) = named[i];
                results[i] = (head, await AudioFetcher.FetchAsync(head, Path.Combine(folder, name), progressFor(i), token).ConfigureAwait(false));
                if (results[i].Item2.IsRight)
                {
                    session.Done.Add("downloaded");
                }
            }).ConfigureAwait(false);
        }

        if (!session.Environment.IsTerminal || session.Json)
        {
            await Run(_ => null).ConfigureAwait(false);
            return [.. results];
        }

        await session.Environment.Out.Progress().StartAsync(async context =>
        {
            var bars = named.Select(n => context.AddTask(Markup.Escape(n.FileName), maxValue: n.Head.Length.Match(Some: l => Math.Max(1, l), None: () => 1))).ToArray();
            await Run(i => new ProgressCallback<DownloadProgress>(p =>
            {
                p.TotalBytes.IfSome(total => bars[i].MaxValue = Math.Max(1, total));
                bars[i].Value = p.BytesReceived;
            })).ConfigureAwait(false);
            foreach (var bar in bars)
            {
                bar.Value = bar.MaxValue;
            }
        }).ConfigureAwait(false);
        return [.. results];
    }
}
