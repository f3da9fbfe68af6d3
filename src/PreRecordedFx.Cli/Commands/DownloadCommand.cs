using System.CommandLine;
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
        var concurrency = Concurrency.Option("downloads");
        var command = new Command("download", "Download jobs' audio, named as the server names it.");
        selection.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(concurrency);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var folder = parsed.GetRequiredValue(output);
            if (Folders.Create(folder) is { } problem)
            {
                session.Fail(problem);
                return ExitCodes.BadUsage;
            }

            var ids = await selection.ResolveAsync(session, parsed, cancellationToken).ConfigureAwait(false);
            if (ids is null)
            {
                return ExitCodes.SomeFailed;
            }

            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parsed.GetValue(concurrency), CancellationToken = cancellationToken };
            var heads = new Either<PreRecordedError, AudioHead>[ids.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, ids.Count), parallel, async (i, token) =>
                heads[i] = await AudioFetcher.HeadAsync(session.Jobs, ids[i], token).ConfigureAwait(false)).ConfigureAwait(false);

            var failed = 0;
            for (var i = 0; i < ids.Count; i++)
            {
                heads[i].IfLeft(error =>
                {
                    failed++;
                    if (error is PreRecordedError.NotFound)
                    {
                        session.Fail($"job '{ids[i]}' has no audio on the server, or does not exist: check it with 'gladia-jobs get {ids[i]}'");
                    }
                    else
                    {
                        session.Fail(error, ids[i]);
                    }
                });
            }

            var named = AudioFetcher.Name([.. heads.Rights()]);
            var results = await DownloadAllAsync(session, named, folder, parallel).ConfigureAwait(false);
            foreach (var (head, result) in results.Select(r => (r.Head, r.Result)))
            {
                result.Match(
                    Right: fetched => environment.Line(fetched.Skipped
                        ? $"complete {head.JobId} {fetched.Path}"
                        : $"downloaded {head.JobId} {fetched.Path} ({fetched.Bytes} bytes)"),
                    Left: error =>
                    {
                        failed++;
                        session.Fail(error, head.JobId);
                    });
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
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
                results[i] = (head, await AudioFetcher.FetchAsync(session.Jobs, head, Path.Combine(folder, name), progressFor(i), token).ConfigureAwait(false));
            }).ConfigureAwait(false);
        }

        if (!session.Environment.IsTerminal)
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
