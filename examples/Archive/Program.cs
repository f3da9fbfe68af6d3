using LanguageExt;
using PreRecordedFx;

// DESTRUCTIVE: deletes a job and writes its audio to <id>.wav in the current folder. Run it against the mock only.
using var client = new GladiaClient(new GladiaClientOptions
{
    ApiKey = "gladia-mock-key",
    BaseUrl = new Uri("http://localhost:5089"),    // the mock: never point this sample at your production account
});
var jobs = client.PreRecorded();
var page = await jobs.ListAsync(JobQuery.Default.WithLimit(1).WithStatus(JobStatus.Done));
var someDoneJobId = page.Match(Right: p => p.Items[0].Id, Left: _ => "none");

// Get → download → delete as one railway: the first Left stops the chain.
var archived = await (
    from job in jobs.GetAsync(someDoneJobId)
    from bytes in jobs.DownloadFileToPathAsync(job.Id, $"{job.Id}.wav")
    from deleted in jobs.DeleteAsync(job.Id)
    select bytes);
Console.WriteLine(archived.Match(Right: n => $"archived {n} bytes", Left: e => e.Message));

// Prefer exceptions? One extension, not a second API:
try
{
    Job again = await jobs.GetAsync(someDoneJobId).OrThrow();
    Console.WriteLine($"{again.Id} is still there");
}
catch (PreRecordedException e) when (e.Error is PreRecordedError.NotFound)
{
    Console.WriteLine("gone, as expected: " + e.Message);
}
