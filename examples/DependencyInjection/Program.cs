using PreRecordedFx;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddPreRecordedFx(builder.Configuration);       // binds the "Gladia" section
// or: builder.Services.AddPreRecordedFx(o => o.ApiKey = key);

var app = builder.Build();
app.MapGet("/jobs/{id}", async (string id, PreRecordedJobs jobs) =>
    (await jobs.GetAsync(id)).Match(
        Right: job => Results.Ok(new { job.Id, Status = job.Status.Value }),
        Left: error => Results.Problem(error.Message, statusCode: error.Code)));
app.Run();
