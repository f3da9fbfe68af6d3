using PreRecordedFx;

// Against the mock: dotnet run --project mock-server (http://localhost:5089, key gladia-mock-key).
using var client = new GladiaClient(new GladiaClientOptions
{
    ApiKey = "gladia-mock-key",
    BaseUrl = new Uri("http://localhost:5089"),
});
var jobs = client.PreRecorded();

// Subtitles of one done job: Gladia's own when it made them, else rendered from the utterances.
var firstDone = await jobs.ListAsync(JobQuery.Default.WithStatus(JobStatus.Done).WithLimit(1));
foreach (var job in firstDone.Match(Right: page => page.Items, Left: _ => []))
{
    Console.WriteLine(Transcripts.Subtitles(job, SubtitleFormat.Srt, new TranscriptOptions(MaxLineLength: 32))
        .Match(Right: srt => srt, Left: error => error.Message));
}

// Retention: what deleting every job created before 10 July would do (a dry run sends no delete).
var old = JobQuery.Default.WithLimit(100).WithBeforeDate(new DateTimeOffset(2026, 7, 10, 0, 0, 0, TimeSpan.Zero));
await foreach (var outcome in jobs.DeleteAllAsync(old, new BulkDeleteOptions { DryRun = true, MaxConcurrency = 8 }))
{
    Console.WriteLine(outcome.Match(
        deleted: d => $"deleted {d.Job.Id}",
        wouldDelete: w => $"would delete {w.Job.Id}",
        skipped: s => $"skipped {s.Job.Id}: {s.Reason}",
        failed: f => $"failed {f.Job.Id}: {f.Error.Message}",
        listingFailed: l => $"listing failed: {l.Error.Message}"));
}
