using PreRecordedFx;

// Reads only: lists and gets jobs, changes nothing.
using var client = new GladiaClient(new GladiaClientOptions
{
    ApiKey = "gladia-mock-key",                    // or set GLADIA_API_KEY
    BaseUrl = new Uri("http://localhost:5089"),    // the mock; or set GLADIA_API_URL; default https://api.gladia.io
});
var jobs = client.PreRecorded();

// One page, filtered.
var page = await jobs.ListAsync(JobQuery.Default.WithLimit(5).WithStatus(JobStatus.Done));
page.Match(
    Right: p => p.Items.ToList().ForEach(job => Console.WriteLine($"{job.Id} {job.Status}")),
    Left: error => Console.WriteLine(error.Message));

// Every job, lazily, one page at a time; a failure arrives once as a Left and ends the sequence.
var done = 0;
await foreach (var item in jobs.ListAllAsync(JobQuery.Default.WithStatus(JobStatus.Done)))
{
    item.Match(Right: job => done++, Left: error => Console.WriteLine(error.Message));
}

Console.WriteLine($"{done} jobs done");

// One job, with its full result.
var firstId = page.Match(Right: p => p.Items[0].Id, Left: _ => "none");
var first = await jobs.GetAsync(firstId);
Console.WriteLine(first.Match(
    Right: job => $"{job.Id} completed at {job.CompletedAt.Match(Some: at => at.ToString("u"), None: () => "-")}",
    Left: error => error.Message));
