using System.Globalization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// Builds models with sensible defaults for your own tests, e.g. to return from a faked <see cref="PreRecordedJobs"/>.
/// Every argument is optional; ids and dates are fixed so tests are repeatable.
/// </summary>
/// <example><code>
/// var job = PreRecordedModelFactory.DoneJob(transcript: "Hello there.");
/// var page = PreRecordedModelFactory.JobPage([job]);
/// </code></example>
public static class PreRecordedModelFactory
{
    /// <summary>The id used when none is given.</summary>
    public const string DefaultJobId = "3f2b9a4e-1c7d-4e5f-8a9b-0c1d2e3f4a5b";

    /// <summary>The creation time used when none is given: 2026-09-10T10:38:12.431Z.</summary>
    public static readonly DateTimeOffset DefaultCreatedAt = new(2026, 9, 10, 10, 38, 12, 431, TimeSpan.Zero);

    /// <summary>A job without a result. Done and error jobs get a completion time a minute after creation.</summary>
    /// <param name="id">The id; <see cref="DefaultJobId"/> when omitted.</param>
    /// <param name="status">The status; queued when omitted.</param>
    /// <param name="createdAt">When it was created; <see cref="DefaultCreatedAt"/> when omitted.</param>
    /// <param name="customMetadata">Its custom metadata (string values); none when omitted.</param>
    /// <param name="errorCode">The failure code of an error job; 500 for an error job when omitted.</param>
    /// <returns>The job.</returns>
    public static Job Job(
        string? id = null,
        JobStatus? status = null,
        DateTimeOffset? createdAt = null,
        IReadOnlyDictionary<string, string>? customMetadata = null,
        int? errorCode = null) =>
        Build(id, status, createdAt, customMetadata, errorCode, Option<JobResult>.None);

    private static Job Build(
        string? id,
        JobStatus? status,
        DateTimeOffset? createdAt,
        IReadOnlyDictionary<string, string>? customMetadata,
        int? errorCode,
        Option<JobResult> result)
    {
        var jobId = id ?? DefaultJobId;
        var jobStatus = status ?? JobStatus.Queued;
        var created = createdAt ?? DefaultCreatedAt;
        var finished = jobStatus.Kind is JobStatusKind.Done or JobStatusKind.Error;
        return new Job(
            jobId,
            RequestIdOf(jobId),
            2,
            jobStatus,
            created,
            CompletedAt: finished ? created.AddMinutes(1) : Option<DateTimeOffset>.None,
            CustomMetadata: customMetadata is null ? Option<IReadOnlyDictionary<string, System.Text.Json.JsonElement>>.None : Metadata(customMetadata),
            ErrorCode: jobStatus.Kind is JobStatusKind.Error ? errorCode ?? 500 : Option<int>.None,
            File: new JobFile("file-" + jobId, "audio.wav", "https://example.com/audio.wav", 12.5, 1),
            Result: result);
    }

    /// <summary>A done job whose result holds a transcript of one utterance.</summary>
    /// <param name="id">The id; <see cref="DefaultJobId"/> when omitted.</param>
    /// <param name="transcript">The full transcript; its words become the utterance's words.</param>
    /// <param name="language">The language code.</param>
    /// <param name="audioDuration">The audio's duration in seconds.</param>
    /// <returns>The job.</returns>
    public static Job DoneJob(string? id = null, string transcript = "Hello world.", string language = "en", double audioDuration = 12.5)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var words = transcript.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var step = words.Length == 0 ? 0 : audioDuration / words.Length;
        var timed = words.Select((word, i) => new Word(word, i * step, (i + 1) * step, 0.95)).ToList();
        var utterance = new Utterance(0, audioDuration, 0.95, 0, timed, transcript, language, Speaker: 0);
        var result = new JobResult(
            new ResultMetadata(audioDuration, 1, audioDuration, audioDuration / 10),
            new Transcription(transcript, [language], [utterance]));
        return Build(id, JobStatus.Done, createdAt: null, customMetadata: null, errorCode: null, result);
    }

    /// <summary>A page of jobs with links on the production origin (or <paramref name="baseUrl"/>).</summary>
    /// <param name="items">The jobs on the page.</param>
    /// <param name="next">The next page's link; none (the last page) when omitted.</param>
    /// <param name="baseUrl">The origin of the <c>first</c> and <c>current</c> links; https://api.gladia.io when omitted.</param>
    /// <returns>The page.</returns>
    public static JobPage JobPage(IEnumerable<Job> items, Uri? next = null, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items.ToList();
        var root = (baseUrl ?? GladiaClientOptions.DefaultBaseUrl).GetLeftPart(UriPartial.Authority);
        var limit = Math.Max(list.Count, 1).ToString(CultureInfo.InvariantCulture);
        var first = new Uri($"{root}{Requests.JobsPath}?offset=0&limit={limit}");
        return new JobPage(first, first, list, next is null ? Option<Uri>.None : next);
    }

    /// <summary>An open download over in-memory bytes, for code that consumes <see cref="AudioDownload"/>.</summary>
    /// <param name="bytes">The audio.</param>
    /// <param name="contentType">Its media type.</param>
    /// <param name="fileName">Its file name; none when omitted.</param>
    /// <returns>The download; dispose it as usual.</returns>
    public static AudioDownload AudioDownload(byte[] bytes, string contentType = "audio/wav", string? fileName = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new AudioDownload(
            new MemoryStream(bytes, writable: false),
            new AudioFileInfo(contentType, bytes.LongLength, fileName is null ? Option<string>.None : fileName));
    }

    private static string RequestIdOf(string id) =>
        "G-" + new string(id.Where(Uri.IsHexDigit).Take(8).ToArray());

    private static Option<IReadOnlyDictionary<string, System.Text.Json.JsonElement>> Metadata(IReadOnlyDictionary<string, string> pairs) =>
        Option<IReadOnlyDictionary<string, System.Text.Json.JsonElement>>.Some(
            pairs.ToDictionary(p => p.Key, p => System.Text.Json.JsonSerializer.SerializeToElement(p.Value, GladiaJsonContext.Default.String)));
}
