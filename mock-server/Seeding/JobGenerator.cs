using System.Text.Json;
using System.Text.Json.Nodes;
using Bogus;
using LanguageExt;
using PreRecordedFx.MockServer.Wire;

namespace PreRecordedFx.MockServer.Seeding;

/// <summary>
/// Invents the mock's jobs from a seed: same seed and reference time, same jobs, byte for byte.
/// Only the seeded <see cref="Faker"/> decides anything — no wall clock, no shared random state.
/// </summary>
internal static class JobGenerator
{
    /// <summary>How far back in time jobs are spread.</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(90);

    private static readonly string[] UserIds = ["u-1001", "u-1002", "u-1003", "u-1004", "u-1005", "u-1006"];
    private static readonly string[] Teams = ["support", "sales", "research", "legal"];
    private static readonly string[] Environments = ["prod", "staging", "dev"];
    private static readonly string[] Recordings = ["meeting", "interview", "podcast", "standup", "support-call", "lecture", "voicemail", "webinar"];
    private static readonly string[][] SubtitleChoices = [["srt"], ["vtt"], ["srt", "vtt"]];
    public static readonly int[] JobErrorCodes = [400, 413, 422, 500, 503];

    public static IReadOnlyList<Job> Generate(int seed, int count, DateTimeOffset referenceTime)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var jobs = new List<Job>(count);
        for (var i = 0; i < count; i++)
        {
            jobs.Add(Job(faker, StatusFor(faker, i), referenceTime));
        }

        return jobs;
    }

    // The first four jobs take one status each, so even a small set has every status to filter on.
    public static JobStatus StatusFor(Faker faker, int index) => index switch
    {
        0 => JobStatus.Done,
        1 => JobStatus.Error,
        2 => JobStatus.Queued,
        3 => JobStatus.Processing,
        _ => faker.Random.WeightedRandom([JobStatus.Done, JobStatus.Error, JobStatus.Queued, JobStatus.Processing], [0.8f, 0.1f, 0.05f, 0.05f]),
    };

    private static Job Job(Faker faker, JobStatus status, DateTimeOffset referenceTime)
    {
        var id = Uuids.Next(faker.Random);
        var pending = status.IsPending;

        // Pending jobs are recent; finished ones spread over the whole history, at millisecond precision.
        var ageMs = pending
            ? faker.Random.Long(1_000, (long)TimeSpan.FromHours(2).TotalMilliseconds)
            : faker.Random.Long((long)TimeSpan.FromHours(1).TotalMilliseconds, (long)History.TotalMilliseconds);
        var createdAt = referenceTime.AddMilliseconds(-ageMs);

        var durationMs = DurationMs(faker);
        var channels = faker.Random.Bool(0.3f) ? 2 : 1;
        var languages = Languages(faker);
        var file = File(faker, durationMs, channels);
        var requestParams = RequestParams(faker, file, languages);
        var metadata = CustomMetadata(faker);

        return status.Kind switch
        {
            JobStatusKind.Done => Done(faker, id, createdAt, metadata, file, requestParams, durationMs, channels, languages),
            JobStatusKind.Error => new Job(
                id,
                RequestId(id),
                2,
                status,
                createdAt,
                CompletedAt: createdAt.AddMilliseconds(faker.Random.Long(500, 60_000)),
                CustomMetadata: metadata,
                ErrorCode: faker.PickRandom(JobErrorCodes),
                // Production sometimes fails before it knows the file or the options.
                File: faker.Random.Bool(0.3f) ? Option<JobFile>.None : file,
                RequestParams: faker.Random.Bool(0.2f) ? Option<RequestParams>.None : requestParams),
            _ => new Job(id, RequestId(id), 2, status, createdAt, CustomMetadata: metadata, File: file, RequestParams: requestParams),
        };
    }

    private static Job Done(
        Faker faker,
        string id,
        DateTimeOffset createdAt,
        Option<IReadOnlyDictionary<string, JsonElement>> metadata,
        JobFile file,
        RequestParams requestParams,
        long durationMs,
        int channels,
        IReadOnlyList<string> languages)
    {
        var diarization = requestParams.Diarization.IfNone(false);
        var utterances = TranscriptGenerator.Utterances(faker, durationMs, new(languages, channels, diarization));
        var formats = SubtitleFormats(requestParams);
        var transcription = new Transcription(
            TranscriptGenerator.FullTranscript(utterances),
            TranscriptGenerator.LanguagesByUse(utterances),
            utterances,
            Subtitles: [.. formats.Select(format => Subtitles.For(format, utterances))]);

        var duration = TranscriptGenerator.Seconds(durationMs);
        var transcriptionTime = Math.Round((duration * faker.Random.Double(0.03, 0.12)) + faker.Random.Double(1, 5), 3);
        var result = new JobResult(
            new ResultMetadata(duration, channels, Math.Round(duration * channels, 3), transcriptionTime),
            transcription,
            Translation: requestParams.Translation.IfNone(false) ? AddOns.Translation(faker, utterances, languages[0] == "en" ? "fr" : "en") : Option<AddOnResult>.None,
            Summarization: requestParams.Summarization.IfNone(false) ? AddOns.Summary(faker, utterances, duration) : Option<AddOnResult>.None,
            NamedEntityRecognition: Asked(requestParams, "named_entity_recognition") ? AddOns.NamedEntities(faker, utterances) : Option<AddOnResult>.None,
            SentimentAnalysis: Asked(requestParams, "sentiment_analysis") ? AddOns.Sentiment(faker, utterances) : Option<AddOnResult>.None,
            Sentences: requestParams.Sentences.IfNone(false) ? AddOns.Sentences(faker, utterances) : Option<AddOnResult>.None);

        return new Job(
            id,
            RequestId(id),
            2,
            JobStatus.Done,
            createdAt,
            CompletedAt: createdAt.AddMilliseconds((long)(transcriptionTime * 1000) + faker.Random.Long(200, 5_000)),
            CustomMetadata: metadata,
            File: file,
            RequestParams: requestParams,
            Result: result);
    }

    /// <summary>
    /// The done form of a pending job, for the lifecycle: a result generated from its file and options as for seeded
    /// done jobs, from a generator seeded by <paramref name="seed"/> and the job's id, so it is the same every time.
    /// </summary>
    public static Job Finish(int seed, Job pending, DateTimeOffset completedAt)
    {
        var faker = new Faker { Random = new Randomizer(unchecked((int)Hashing.Mix(seed, Hashing.Of(pending.Id), 0xD0E))) };
        var file = pending.File.IfNone(() => new JobFile(Uuids.Next(faker.Random), null, null, 10.0, 1));
        var requestParams = pending.RequestParams.IfNone(() => new RequestParams());
        var declared = requestParams.LanguageConfig.Match(Some: config => config.Languages, None: () => []);
        IReadOnlyList<string> languages = declared.Count > 0 ? declared : [faker.PickRandom(Phrases.Languages)];
        var durationMs = (long)(file.AudioDuration.IfNone(10.0) * 1000);
        var done = Done(faker, pending.Id, pending.CreatedAt, pending.CustomMetadata, file, requestParams, durationMs, file.NumberOfChannels.IfNone(1), languages);
        return done with { CompletedAt = completedAt };
    }

    /// <summary>Gladia's debug id: <c>"G-"</c> and the job id's first eight hex digits.</summary>
    public static string RequestId(string id) => "G-" + id[..8];

    // Mostly short recordings, a few long ones (up to an hour) to exercise streaming.
    public static long DurationMs(Faker faker) =>
        faker.Random.WeightedRandom<Func<long>>(
            [() => faker.Random.Long(3_000, 60_000), () => faker.Random.Long(60_000, 900_000), () => faker.Random.Long(900_000, 3_600_000)],
            [0.6f, 0.35f, 0.05f])();

    public static IReadOnlyList<string> Languages(Faker faker)
    {
        var first = faker.PickRandom(Phrases.Languages);
        if (!faker.Random.Bool(0.15f))
        {
            return [first];
        }

        var second = faker.PickRandom(Phrases.Languages.Where(l => l != first).Distinct().ToArray());
        return [first, second];
    }

    private static JobFile File(Faker faker, long durationMs, int channels)
    {
        var fileId = Uuids.Next(faker.Random);
        var filename = faker.Random.Int(0, 9) switch
        {
            0 => $"Réunion équipe {faker.Random.Int(1, 40)}.wav",
            1 => $"{faker.Name.FirstName()} call notes.wav",
            _ => $"{faker.PickRandom(Recordings)}-{faker.Random.Int(1, 999):000}.wav",
        };
        var source = faker.Random.Bool(0.6f)
            ? "https://api.gladia.io/file/" + fileId
            : "https://media.example.com/recordings/" + Uri.EscapeDataString(filename);
        return new JobFile(fileId, filename, source, TranscriptGenerator.Seconds(durationMs), channels);
    }

    private static RequestParams RequestParams(Faker faker, JobFile file, IReadOnlyList<string> languages)
    {
        var subtitles = faker.Random.Bool(0.3f);
        var subtitleFormats = faker.PickRandom(SubtitleChoices);
        var other = new Dictionary<string, JsonElement>
        {
            ["sentiment_analysis"] = WireJson.Element(faker.Random.Bool(0.25f)),
            ["named_entity_recognition"] = WireJson.Element(faker.Random.Bool(0.15f)),
            ["pii_redaction"] = WireJson.Element(false),
        };
        if (faker.Random.Bool(0.3f))
        {
            other["callback_url"] = WireJson.Element("https://hooks.example.com/gladia/" + faker.Random.AlphaNumeric(8));
        }

        // A job either names its languages (one, or several with code switching) or lets Gladia detect them.
        var declared = languages.Count > 1 || faker.Random.Bool(0.6f) ? languages : [];
        return new RequestParams(
            AudioUrl: file.Source,
            // Only the models Gladia documents (PreRecordedTranscriptionModel).
            Model: faker.Random.Bool(0.85f) ? "solaria-1" : "solaria-3",
            LanguageConfig: new LanguageConfig(declared, CodeSwitching: languages.Count > 1),
            Diarization: faker.Random.Bool(0.4f),
            Subtitles: subtitles,
            SubtitlesConfig: subtitles ? WireJson.Element(new JsonObject { ["formats"] = new JsonArray([.. subtitleFormats.Select(f => JsonValue.Create(f))]) }) : Option<JsonElement>.None,
            Translation: faker.Random.Bool(0.15f),
            Summarization: faker.Random.Bool(0.4f),
            Sentences: faker.Random.Bool(0.2f),
            Other: other);
    }

    public static Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata(Faker faker)
    {
        if (faker.Random.Bool(0.25f))
        {
            return Option<IReadOnlyDictionary<string, JsonElement>>.None;
        }

        var metadata = new Dictionary<string, JsonElement>
        {
            ["userId"] = WireJson.Element(faker.PickRandom(UserIds)),
        };
        if (faker.Random.Bool(0.7f))
        {
            metadata["team"] = WireJson.Element(faker.PickRandom(Teams));
        }

        if (faker.Random.Bool(0.5f))
        {
            metadata["env"] = WireJson.Element(faker.PickRandom(Environments));
        }

        if (faker.Random.Bool(0.2f))
        {
            metadata["priority"] = WireJson.Element(faker.Random.Int(1, 3));
        }

        return metadata;
    }

    private static string[] SubtitleFormats(RequestParams requestParams) =>
        requestParams.Subtitles.IfNone(false)
            ? requestParams.SubtitlesConfig.Match(
                Some: config => config.TryGetProperty("formats", out var formats)
                    ? formats.EnumerateArray().Select(f => f.GetString() ?? "srt").ToArray()
                    : ["srt"],
                None: () => ["srt"])
            : [];

    private static bool Asked(RequestParams requestParams, string addOn) =>
        requestParams.Other.TryGetValue(addOn, out var value) && value.ValueKind == JsonValueKind.True;
}
