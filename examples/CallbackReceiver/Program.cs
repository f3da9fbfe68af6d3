using PreRecordedFx;
using PreRecordedFx.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

// A long random value kept with your secrets (user-secrets, environment, a vault), e.g. from
// `openssl rand -hex 32`. The same value goes into each job's callback_config.url as ?token=….
var token = builder.Configuration["Gladia:CallbackToken"]
    ?? throw new InvalidOperationException("Set Gladia:CallbackToken (e.g. the environment variable Gladia__CallbackToken).");

var app = builder.Build();

app.MapGladiaCallbacks("/gladia/events", (gladiaEvent, context) =>
{
    // Keep this short: store the result or queue the work, and answer. context gives the request's services.
    var line = gladiaEvent switch
    {
        GladiaEvent.JobSucceeded done =>
            $"job {done.JobId} is done: {done.Result.Transcription.Map(t => t.FullTranscript).IfNone("")}",
        GladiaEvent.JobFailed failed => $"job {failed.JobId} failed: {failed.Error.Code} {failed.Error.Message}",
        GladiaEvent.UnknownEvent unknown => $"ignored a {unknown.Name} event",

        // Account webhooks carry only the job's id: fetch the job with the client when you need more.
        _ => $"{gladiaEvent.Name} webhook",
    };
    Console.WriteLine(line);
    return Task.CompletedTask;
}, new GladiaCallbackOptions { SecretToken = token });

app.Run();
