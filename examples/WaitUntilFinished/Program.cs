using LanguageExt;
using PreRecordedFx;

using var client = new GladiaClient(new GladiaClientOptions
{
    ApiKey = "gladia-mock-key",
    BaseUrl = new Uri("http://localhost:5089"),
});

var finished = await client.PreRecorded().WaitUntilFinishedAsync(
    "0a61d540-152c-4da9-b503-5b46370d7a85",
    new WaitOptions { InitialDelay = TimeSpan.FromMilliseconds(500), Budget = TimeSpan.FromMinutes(2) });

Console.WriteLine(finished.Match(
    Right: job => job.Status == JobStatus.Done
        ? "done: " + job.Result.Bind(r => r.Transcription).Map(t => t.FullTranscript).IfNone("")
        : $"failed with error code {job.ErrorCode}",
    Left: error => error.Message));
