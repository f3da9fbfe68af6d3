using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;
using LanguageExt;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Callbacks;
using PreRecordedFx.MockServer.Files;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Seeding;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Creation;

/// <summary>
/// Makes the job a <c>POST /v2/pre-recorded</c> asks for: queued now, then moving through the lifecycle (whether or
/// not <c>--lifecycle</c> moves the seeded jobs) to done — or to error when its audio cannot be fetched: a host under
/// the reserved <c>.invalid</c> domain, or an upload link the mock never gave out. Ids follow the seed and the
/// creation count, so a replayed session creates the same jobs.
/// </summary>
internal sealed class JobCreator(IOptions<MockServerOptions> options, JobStore store, JobLifecycle lifecycle, UploadStore uploads, CallbackScheduler callbacks) : IResettable
{
    /// <summary>The job's <c>error_code</c> when its audio cannot be fetched.</summary>
    public const int UnreachableAudio = 400;

    private long count;

    /// <summary>The new job, stored and queued; or why the request cannot make one.</summary>
    public (Job? Job, IReadOnlyList<string> Problems) Create(CreateRequest request)
    {
        var (callback, callbackProblems) = CallbackTarget.Read(request.Body, options.Value.AllowRemoteCallbacks);
        if (callbackProblems.Count > 0)
        {
            return (null, callbackProblems);
        }

        var body = request.Body.DeepClone().AsObject();
        var metadata = body["custom_metadata"] is JsonObject given
            ? given.ToDictionary(pair => pair.Key, pair => WireJson.Element(pair.Value?.DeepClone()))
            : null;
        body.Remove("custom_metadata");
        RequestParams requestParams;
        try
        {
            requestParams = WithDefaults(body.Deserialize(GladiaJsonContext.Default.RequestParams)!);
        }
        catch (JsonException e)
        {
            return (null, [e.Message]);
        }

        var random = new Randomizer(unchecked((int)Hashing.Mix(options.Value.Seed, Interlocked.Increment(ref count), 0xC4EA7E)));
        var id = Uuids.Next(random);
        var now = lifecycle.Clock.GetUtcNow();
        var createdAt = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        var audioUrl = request.Body["audio_url"]!.GetValue<string>();
        var upload = uploads.Find(request.AudioUrl);
        var reachable = upload is not null || !(UploadStore.LooksLikeUpload(request.AudioUrl) || IsInvalidHost(request.AudioUrl));
        var file = reachable
            ? new JobFile(
                upload?.Id ?? Uuids.Next(random),
                upload?.Filename ?? NameOf(request.AudioUrl),
                audioUrl,
                upload?.Duration ?? Math.Round(random.Double(5, 120), 3),
                upload?.Channels ?? 1)
            : Option<JobFile>.None;
        var queued = new Job(
            id,
            JobGenerator.RequestId(id),
            2,
            JobStatus.Queued,
            createdAt,
            CustomMetadata: metadata is null ? Option<IReadOnlyDictionary<string, JsonElement>>.None : metadata,
            File: file,
            RequestParams: requestParams);
        var stored = lifecycle.Track(queued, createdAt, reachable ? null : UnreachableAudio, upload);
        store.Put(stored);
        callbacks.JobCreated(stored, callback);
        return (queued, []);
    }

    public void Reset() => Interlocked.Exchange(ref count, 0);

    // Production echoes the options with its defaults filled in.
    private static RequestParams WithDefaults(RequestParams given) =>
        new(
            given.AudioUrl,
            given.Model.IfNone("solaria-1"),
            given.LanguageConfig.IfNone(() => new LanguageConfig()),
            given.Diarization.IfNone(false),
            given.Subtitles.IfNone(false),
            given.SubtitlesConfig,
            given.Translation.IfNone(false),
            given.Summarization.IfNone(false),
            given.Sentences.IfNone(false),
            given.Other);

    // RFC 2606 reserves .invalid: no such host can ever resolve, so it is the documented way to make a job fail.
    private static bool IsInvalidHost(Uri url) =>
        url.Host.Equals("invalid", StringComparison.OrdinalIgnoreCase) || url.Host.EndsWith(".invalid", StringComparison.OrdinalIgnoreCase);

    private static string NameOf(Uri url)
    {
        var last = Uri.UnescapeDataString(url.Segments[^1]).Trim('/');
        return last.Length > 0 ? last : "audio";
    }
}
