using PreRecordedFx;

using var client = new GladiaClient(new GladiaClientOptions
{
    ApiKey = "gladia-mock-key",
    BaseUrl = new Uri("http://localhost:5089"),
});
var jobs = client.PreRecorded();

// Envelopes: id, status, dates, metadata and audio duration of every job older than a week, their transcripts skipped unread.
var old = JobQuery.Default.WithLimit(100).WithBeforeDate(DateTimeOffset.UtcNow.AddDays(-7));
var hours = 0.0;
var oldest = new List<JobEnvelope>();
await foreach (var item in jobs.ListAllEnvelopesAsync(old))
{
    item.Match(
        Right: job =>
        {
            hours += job.AudioDuration.IfNone(0) / 3600;
            oldest.Add(job);
        },
        Left: error => Console.WriteLine(error.Message));
}

Console.WriteLine($"{oldest.Count} jobs older than a week, {hours:0.##} h of audio");

// The whole job, result included, is one call away.
if (oldest.FirstOrDefault(job => job.Status == JobStatus.Done) is { } first)
{
    var whole = await jobs.GetAsync(first.Id);
    Console.WriteLine(whole.Match(
        Right: job => $"{job.Id}: {job.Result.Bind(r => r.Transcription).Map(t => t.FullTranscript).IfNone("")}",
        Left: error => error.Message));
}
