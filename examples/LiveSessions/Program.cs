using PreRecordedFx;

using var client = new GladiaClient(new GladiaClientOptions
{
    ApiKey = "gladia-mock-key",
    BaseUrl = new Uri("http://localhost:5089"),
});

// Live sessions have the same calls as pre-recorded jobs, on /v2/live.
var page = await client.Live().ListAsync(JobQuery.Default.WithLimit(5).WithStatus(JobStatus.Done));
page.Match(
    Right: sessions =>
    {
        foreach (var session in sessions.Items)
        {
            var messages = session.Result.Map(r => r.Messages.Count).IfNone(0);
            Console.WriteLine($"{session.Id} {session.CreatedAt:yyyy-MM-dd} {messages} real-time messages");
        }
    },
    Left: error => Console.WriteLine(error.Message));

// A deletion request covers both kinds: one code path over JobsApi, as a dry run (WouldDelete, nothing deleted).
JobsApi[] both = [client.PreRecorded(), client.Live()];
var user = JobQuery.Default.WithLimit(100).WithCustomMetadata("userId", "u-42");
foreach (var jobs in both)
{
    await foreach (var outcome in jobs.DeleteAllAsync(user, new BulkDeleteOptions { DryRun = true }))
    {
        Console.WriteLine(outcome switch
        {
            DeleteOutcome.WouldDelete would => $"would delete {would.Job.Kind} {would.Job.Id}",
            DeleteOutcome.Skipped skipped => $"would skip {skipped.Job.Kind} {skipped.Job.Id} ({skipped.Reason})",
            _ => outcome.ToString(),
        });
    }
}
