using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>Jobs built by hand for the transcript tests: only what rendering reads.</summary>
internal static class TranscriptJobs
{
    public static Utterance Said(double start, double end, string text, int? speaker = null) =>
        new(start, end, 0.9, 0, [], text, "en", speaker is { } s ? Option<int>.Some(s) : Option<int>.None);

    public static Job Done(params Utterance[] utterances) => WithTranscription(new Transcription("unused", ["en"], utterances));

    public static Job WithTranscription(Transcription transcription) =>
        new(
            "5b1e2f3a-0000-4000-8000-000000000001",
            "G-5b1e2f3a",
            2,
            JobStatus.Done,
            new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero),
            Result: new JobResult(new ResultMetadata(60, 1, 60, 5), Transcription: transcription));

    public static Job Without(JobStatus status) =>
        new("5b1e2f3a-0000-4000-8000-000000000002", "G-5b1e2f3a", 2, status, new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
}
