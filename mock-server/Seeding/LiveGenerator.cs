using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;
using LanguageExt;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Seeding;

/// <summary>
/// Invents the mock's live sessions from a seed, as <see cref="JobGenerator"/> does jobs: same seed and reference time,
/// same sessions, byte for byte. Statuses, dates and custom metadata are drawn exactly as the jobs' are (so a
/// <c>custom_metadata[userId]=…</c> filter or a status filter finds some of both kinds); what differs is what a live
/// session has: the stream's parameters, and a result with the real-time messages.
/// </summary>
internal static class LiveGenerator
{
    // Its own generator, salted: the live sessions never shift the jobs of a seed, whatever their count.
    private const ulong Salt = 0x11FE5E55;

    // Non-ASCII text raw inside each message, as the wire writes the rest of the session (see WireJson).
    private static readonly JsonSerializerOptions MessageText = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly int[] PcmBitDepths = [8, 16, 24, 32];
    private static readonly int[] SampleRates = [8000, 16000, 32000, 44100, 48000];

    public static IReadOnlyList<LiveSession> Generate(int seed, int count, DateTimeOffset referenceTime)
    {
        var faker = new Faker { Random = new Randomizer(unchecked((int)Hashing.Mix(seed, 0, Salt))) };
        var sessions = new List<LiveSession>(count);
        for (var i = 0; i < count; i++)
        {
            sessions.Add(Session(faker, JobGenerator.StatusFor(faker, i), referenceTime));
        }

        return sessions;
    }

    /// <summary>
    /// The done form of a pending session, for the lifecycle: a result generated from its file and parameters, from a
    /// generator seeded by <paramref name="seed"/> and the session's id, so it is the same every time.
    /// </summary>
    public static LiveSession Finish(int seed, LiveSession pending, DateTimeOffset completedAt)
    {
        var faker = new Faker { Random = new Randomizer(unchecked((int)Hashing.Mix(seed, Hashing.Of(pending.Id), Salt))) };
        var file = pending.File.IfNone(() => new JobFile(Uuids.Next(faker.Random), null, null, 10.0, 1));
        var requestParams = pending.RequestParams.IfNone(() => new LiveRequestParams());
        var declared = requestParams.LanguageConfig.Match(Some: config => config.Languages, None: () => []);
        IReadOnlyList<string> languages = declared.Count > 0 ? declared : [faker.PickRandom(Phrases.Languages)];
        var durationMs = (long)(file.AudioDuration.IfNone(10.0) * 1000);
        var result = Result(faker, pending.Id, pending.CreatedAt, requestParams, durationMs, file.NumberOfChannels.IfNone(1), languages);
        return pending with { Status = JobStatus.Done, CompletedAt = completedAt, File = file, RequestParams = requestParams, Result = result };
    }

    private static LiveSession Session(Faker faker, JobStatus status, DateTimeOffset referenceTime)
    {
        var id = Uuids.Next(faker.Random);
        var pending = status.IsPending;

        // As for jobs: a pending session is recent (it is still streaming); finished ones spread over the whole history.
        var ageMs = pending
            ? faker.Random.Long(1_000, (long)TimeSpan.FromHours(2).TotalMilliseconds)
            : faker.Random.Long((long)TimeSpan.FromHours(1).TotalMilliseconds, (long)JobGenerator.History.TotalMilliseconds);
        var createdAt = referenceTime.AddMilliseconds(-ageMs);

        var durationMs = JobGenerator.DurationMs(faker);
        var channels = faker.Random.Bool(0.2f) ? 2 : 1;
        var languages = JobGenerator.Languages(faker);
        var requestParams = RequestParams(faker, channels, languages);
        var metadata = JobGenerator.CustomMetadata(faker);

        // A live recording has no uploaded name or source URL; Gladia stores the stream it received.
        var file = new JobFile(Uuids.Next(faker.Random), null, null, TranscriptGenerator.Seconds(durationMs), channels);
        var requestId = JobGenerator.RequestId(id);

        return status.Kind switch
        {
            JobStatusKind.Done => new LiveSession(
                id,
                requestId,
                2,
                status,
                createdAt,
                CompletedAt: createdAt.AddMilliseconds(durationMs + faker.Random.Long(200, 5_000)),
                CustomMetadata: metadata,
                File: file,
                RequestParams: requestParams,
                Result: Result(faker, id, createdAt, requestParams, durationMs, channels, languages)),
            JobStatusKind.Error => new LiveSession(
                id,
                requestId,
                2,
                status,
                createdAt,
                CompletedAt: createdAt.AddMilliseconds(faker.Random.Long(500, 60_000)),
                CustomMetadata: metadata,
                ErrorCode: faker.PickRandom(JobGenerator.JobErrorCodes),
                // As for jobs, a session may fail before any audio was stored.
                File: faker.Random.Bool(0.3f) ? Option<JobFile>.None : file,
                RequestParams: requestParams),
            _ => new LiveSession(id, requestId, 2, status, createdAt, CustomMetadata: metadata, File: file, RequestParams: requestParams),
        };
    }

    // Only values Gladia's StreamingRequestParamsResponse allows: its encodings, bit depths, sample rates and model.
    private static LiveRequestParams RequestParams(Faker faker, int channels, IReadOnlyList<string> languages)
    {
        var encoding = faker.Random.WeightedRandom(["wav/pcm", "wav/alaw", "wav/ulaw"], [0.8f, 0.1f, 0.1f]);
        var summarization = faker.Random.Bool(0.3f);
        var callback = faker.Random.Bool(0.2f);
        var other = new Dictionary<string, JsonElement>
        {
            ["messages_config"] = WireJson.Element(new JsonObject
            {
                ["receive_partial_transcripts"] = faker.Random.Bool(0.3f),
                ["receive_final_transcripts"] = true,
            }),
            ["post_processing"] = WireJson.Element(new JsonObject { ["summarization"] = summarization }),
        };
        if (callback)
        {
            other["callback_config"] = WireJson.Element(new JsonObject { ["url"] = "https://hooks.example.com/gladia/" + faker.Random.AlphaNumeric(8) });
        }

        var declared = languages.Count > 1 || faker.Random.Bool(0.6f) ? languages : [];
        return new LiveRequestParams(
            Encoding: encoding,
            BitDepth: encoding == "wav/pcm" ? faker.PickRandom(PcmBitDepths) : 8,
            SampleRate: faker.PickRandom(SampleRates),
            Channels: channels,
            Model: "solaria-1",
            Endpointing: Math.Round(faker.Random.Double(0.01, 0.5), 2),
            MaximumDurationWithoutEndpointing: faker.Random.Int(5, 60),
            LanguageConfig: new LanguageConfig(declared, CodeSwitching: languages.Count > 1),
            Callback: callback,
            Other: other);
    }

    private static LiveResult Result(
        Faker faker,
        string id,
        DateTimeOffset createdAt,
        LiveRequestParams requestParams,
        long durationMs,
        int channels,
        IReadOnlyList<string> languages)
    {
        var utterances = TranscriptGenerator.Utterances(faker, durationMs, new(languages, channels, Diarization: false));
        var transcription = new Transcription(
            TranscriptGenerator.FullTranscript(utterances),
            TranscriptGenerator.LanguagesByUse(utterances),
            utterances);
        var duration = TranscriptGenerator.Seconds(durationMs);
        var transcriptionTime = Math.Round((duration * faker.Random.Double(0.01, 0.05)) + faker.Random.Double(0.2, 1), 3);
        return new LiveResult(
            new ResultMetadata(duration, channels, Math.Round(duration * channels, 3), transcriptionTime),
            transcription,
            Summarization: AskedSummary(requestParams) ? AddOns.Summary(faker, utterances, duration) : Option<AddOnResult>.None,
            Messages: Messages(id, createdAt, utterances));
    }

    private static bool AskedSummary(LiveRequestParams requestParams) =>
        requestParams.Other.TryGetValue("post_processing", out var post)
        && post.ValueKind == JsonValueKind.Object
        && post.TryGetProperty("summarization", out var summarization)
        && summarization.ValueKind == JsonValueKind.True;

    /// <summary>
    /// A few of the messages the session's WebSocket carried, each as its JSON text (as Gladia keeps them): the start,
    /// the first final transcripts, and the end.
    /// </summary>
    private static List<string> Messages(string id, DateTimeOffset createdAt, IReadOnlyList<Utterance> utterances)
    {
        var messages = new List<string> { Message(id, createdAt, "start_session", data: null) };
        foreach (var (utterance, index) in utterances.Take(3).Select((u, i) => (u, i)))
        {
            messages.Add(Message(id, createdAt.AddMilliseconds(utterance.End * 1000), "transcript", new JsonObject
            {
                ["id"] = $"00_{index:00000000}",
                ["is_final"] = true,
                ["utterance"] = new JsonObject
                {
                    ["text"] = utterance.Text,
                    ["start"] = utterance.Start,
                    ["end"] = utterance.End,
                    ["confidence"] = utterance.Confidence,
                    ["channel"] = utterance.Channel,
                    ["language"] = utterance.Language,
                },
            }));
        }

        var end = utterances.Count > 0 ? utterances[^1].End : 0;
        messages.Add(Message(id, createdAt.AddMilliseconds((end * 1000) + 100), "end_session", data: null));
        return messages;
    }

    private static string Message(string id, DateTimeOffset at, string type, JsonObject? data)
    {
        var message = new JsonObject
        {
            ["session_id"] = id,
            ["created_at"] = WireJson.Instant(at),
            ["type"] = type,
        };
        if (data is not null)
        {
            message["data"] = data;
        }

        return message.ToJsonString(MessageText);
    }
}
