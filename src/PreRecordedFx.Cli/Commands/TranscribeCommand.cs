using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using LanguageExt;
using Spectre.Console;

namespace PreRecordedFx.Cli;

/// <summary><c>transcribe &lt;file-or-url&gt;…</c>: starts a job for each (uploading local files), optionally waits for them.</summary>
internal static class TranscribeCommand
{
    private const int MaxTimeoutSeconds = 86_400;

    public static Command Create(CliEnvironment environment)
    {
        var sources = new Argument<string[]>("file-or-url") { Description = "Local audio files to upload, or http(s) URLs of audio online.", Arity = ArgumentArity.OneOrMore };
        var settings = new TranscriptionOptions();
        var wait = new System.CommandLine.Option<bool>("--wait") { Description = "Wait for each job to finish and show it as get does (exit 1 unless every job is done)." };
        var timeout = new System.CommandLine.Option<int>("--timeout")
        {
            Description = $"With --wait: how long to wait for each job, in seconds (1-{MaxTimeoutSeconds}).",
            DefaultValueFactory = _ => 600,
        };
        Ranges.Require(timeout, 1, MaxTimeoutSeconds, $"bad --timeout: give a number of seconds from 1 to {MaxTimeoutSeconds}");
        var output = new OutputOptions();
        var concurrency = Concurrency.Option("uploads and jobs");
        var command = new Command("transcribe", Help.Describe(
            "Start a transcription job for each file or URL: local files are uploaded first. Prints each job's id, or with --wait the finished job. A creation is never sent twice: after an unconfirmed one, look for the job (list --metadata) before running again.",
            "gladia-jobs transcribe call.wav --wait",
            "gladia-jobs transcribe *.wav --language en --diarization --metadata team=legal --concurrency 8",
            "gladia-jobs transcribe https://example.com/a.mp3 --subtitles srt,vtt --translate-to de --wait --json > jobs.json"));
        command.Arguments.Add(sources);
        settings.AddTo(command);
        command.Options.Add(wait);
        command.Options.Add(timeout);
        output.AddTo(command);
        command.Options.Add(concurrency);
        Actions.Set(command, environment, async (session, parsed, cancellationToken) =>
        {
            var chosen = output.Choose(parsed, environment.IsTerminal);
            session.Json = chosen is JobOutput.Json or JobOutput.Jsonl or JobOutput.Ids;
            var request = settings.Request(parsed);
            var given = parsed.GetRequiredValue(sources);

            // The request is checked once, before any upload, with a stand-in link: a bad option costs no bytes.
            if (Requests.CreateJob(request with { AudioUrl = "https://upload.pending/audio" }).Case is PreRecordedError refused)
            {
                session.Fail(refused);
                return ExitCodes.BadUsage;
            }

            var waitOptions = parsed.GetValue(wait) ? new WaitOptions { Budget = TimeSpan.FromSeconds(parsed.GetValue(timeout)) } : null;
            var results = new ConcurrentDictionary<int, Either<PreRecordedError, Started>>();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = parsed.GetValue(concurrency), CancellationToken = cancellationToken };
            try
            {
                await RunAllAsync(session, given, request, waitOptions, parallel, results).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Unlike the other commands, running this one again would start the same jobs again.
                environment.Error.WriteLine($"gladia-jobs: interrupted: {session.Done} so far (listed above); a creation under way may have made a job too: check with 'gladia-jobs list' before running again");
                return ExitCodes.Interrupted;
            }

            var failed = 0;
            var finished = new List<Job>();
            for (var i = 0; i < given.Length; i++)
            {
                results[i].Match(
                    Right: started => started.Job.IfSome(finished.Add),
                    Left: error =>
                    {
                        failed++;
                        session.Fail($"{given[i]}: {session.Describe(error, null)}");
                    });
            }

            Show(session, chosen, [.. results.OrderBy(r => r.Key).Select(r => r.Value).Rights()], waitOptions is not null);
            var notDone = finished.Count(job => job.Status != JobStatus.Done);
            return failed == 0 && notDone == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
        });
        return command;
    }

    private static async Task RunAllAsync(
        Session session,
        string[] given,
        TranscriptionRequest request,
        WaitOptions? wait,
        ParallelOptions parallel,
        ConcurrentDictionary<int, Either<PreRecordedError, Started>> results)
    {
        async Task Run(Func<int, IProgress<UploadProgress>?> progressFor) =>
            await Parallel.ForEachAsync(Enumerable.Range(0, given.Length), parallel, async (i, token) =>
            {
                results[i] = await StartAsync(session, given[i], request, wait, progressFor(i), token).ConfigureAwait(false);
            }).ConfigureAwait(false);

        var files = given.Select((source, i) => (source, i)).Where(s => !IsUrl(s.source)).ToList();
        if (!session.Environment.IsTerminal || session.Json || files.Count == 0)
        {
            await Run(_ => null).ConfigureAwait(false);
            return;
        }

        await session.Environment.Out.Progress().StartAsync(async context =>
        {
            var bars = files.ToDictionary(f => f.i, f => context.AddTask(Markup.Escape(Path.GetFileName(f.source)), maxValue: 1));
            await Run(i => bars.TryGetValue(i, out var bar)
                ? new ProgressCallback<UploadProgress>(p =>
                {
                    p.TotalBytes.IfSome(total => bar.MaxValue = Math.Max(1, total));
                    bar.Value = p.BytesSent;
                })
                : null).ConfigureAwait(false);
            foreach (var bar in bars.Values)
            {
                bar.Value = bar.MaxValue;
            }
        }).ConfigureAwait(false);
    }

    private static async Task<Either<PreRecordedError, Started>> StartAsync(
        Session session, string source, TranscriptionRequest request, WaitOptions? wait, IProgress<UploadProgress>? progress, CancellationToken token)
    {
        var audioUrl = source;
        if (!IsUrl(source))
        {
            var uploaded = await session.Jobs.UploadFileAsync(source, progress, token).ConfigureAwait(false);
            if (uploaded.Case is not UploadedAudio audio)
            {
                return (PreRecordedError)uploaded.Case!;
            }

            audioUrl = audio.AudioUrl.AbsoluteUri;
        }

        var created = await session.Jobs.CreateAsync(request with { AudioUrl = audioUrl }, token).ConfigureAwait(false);
        if (created.Case is not CreatedJob job)
        {
            return (PreRecordedError)created.Case!;
        }

        session.Done.Add("created");
        session.Say($"created {job.Id} {source}");
        if (wait is null)
        {
            return new Started(source, job, LanguageExt.Option<Job>.None);
        }

        var finished = await session.Jobs.WaitUntilFinishedAsync(job.Id, wait, token).ConfigureAwait(false);
        return finished.Map(done => new Started(source, job, done));
    }

    private static void Show(Session session, JobOutput chosen, IReadOnlyList<Started> started, bool waited)
    {
        var environment = session.Environment;
        switch (chosen)
        {
            case JobOutput.Ids:
                started.ToList().ForEach(s => environment.Line(s.Created.Id));
                break;
            case JobOutput.Json when waited:
                environment.Line(JobJson.Array(started.SelectMany(s => s.Job)));
                break;
            case JobOutput.Jsonl when waited:
                started.SelectMany(s => s.Job).ToList().ForEach(job => environment.Line(JobJson.Line(job)));
                break;
            case JobOutput.Json:
                environment.Line(JsonSerializer.Serialize([.. started.Select(Entry)], CliJson.Default.CreatedJobEntryArray));
                break;
            case JobOutput.Jsonl:
                started.ToList().ForEach(s => environment.Line(JsonSerializer.Serialize(Entry(s), CliJson.Default.CreatedJobEntry).ReplaceLineEndings(string.Empty)));
                break;
            default:
                foreach (var job in started.SelectMany(s => s.Job))
                {
                    GetCommand.WriteSummary(environment, job);
                }

                break;
        }
    }

    private static CreatedJobEntry Entry(Started started) => new(started.Source, started.Created.Id, started.Created.ResultUrl.AbsoluteUri);

    private static bool IsUrl(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    // A job started from a source, and the finished job when the command waited.
    private sealed record Started(string Source, CreatedJob Created, LanguageExt.Option<Job> Job);
}
