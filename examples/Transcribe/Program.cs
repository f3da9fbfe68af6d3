using System.Security.Cryptography;
using PreRecordedFx;
using PreRecordedFx.AspNetCore;

// Transcribes a local audio file and hears the result at a receiver in this process, without polling.
// Usage: dotnet run -- call.wav  (GLADIA_API_KEY set; GLADIA_API_URL=http://localhost:5089 for the mock)
var file = args.Length == 1 ? args[0] : throw new ArgumentException("usage: dotnet run -- <audio file>");

// 1. The receiver: a secret token in its URL, since Gladia signs nothing. Gladia must be able to reach it: the mock
//    on this machine can; Gladia itself needs a public URL (a tunnel in development).
var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
var heard = new TaskCompletionSource<GladiaEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0"); // any free port
builder.Logging.ClearProviders();
await using var receiver = builder.Build();
receiver.MapGladiaCallbacks("/gladia/events", (gladiaEvent, _) =>
{
    heard.TrySetResult(gladiaEvent);
    return Task.CompletedTask;
}, new GladiaCallbackOptions { SecretToken = token });
await receiver.StartAsync();
var callbackUrl = $"{receiver.Urls.First()}/gladia/events?token={token}";

// 2. Upload the file, then create the job with the callback; custom_metadata is how to find the job again.
using var client = new GladiaClient(new GladiaClientOptions());
var jobs = client.PreRecorded();
var uploaded = await jobs.UploadFileAsync(file);
if (uploaded.Case is not UploadedAudio audio)
{
    Console.Error.WriteLine($"upload failed: {((PreRecordedError)uploaded.Case!).Message}");
    return 1;
}

var request = new TranscriptionRequest(audio.AudioUrl.AbsoluteUri) { Callback = new(callbackUrl) }
    .WithMetadata("source", Path.GetFileName(file));
var created = await jobs.CreateAsync(request);
if (created.Case is not CreatedJob job)
{
    Console.Error.WriteLine($"create failed: {((PreRecordedError)created.Case!).Message}");
    return 1;
}

Console.WriteLine($"job {job.Id} created from {audio.AudioMetadata.Filename} ({audio.AudioMetadata.AudioDuration:0.#} s); waiting for its callback");

// 3. The callback: the job's result, or its error.
var gladiaEvent = await heard.Task.WaitAsync(TimeSpan.FromMinutes(10));
Console.WriteLine(gladiaEvent switch
{
    GladiaEvent.JobSucceeded done => $"job {done.JobId} is done: {done.Result.Transcription.Map(t => t.FullTranscript).IfNone("")}",
    GladiaEvent.JobFailed failed => $"job {failed.JobId} failed: {failed.Error.Code} {failed.Error.Message}",
    _ => $"heard {gladiaEvent.Name}",
});
await receiver.StopAsync();
return gladiaEvent is GladiaEvent.JobSucceeded ? 0 : 1;
