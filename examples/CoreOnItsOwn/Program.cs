using System.Text;
using LanguageExt;
using PreRecordedFx;

var query = JobQuery.Default
    .WithLimit(5)
    .WithStatus(JobStatus.Done, JobStatus.Error)
    .WithCustomMetadata("user", "John Doe");

string target = Requests.ListJobs(query).Match(
    Right: request => request.PathAndQuery,
    Left: error => error.Message);
Console.WriteLine(target);
// /v2/pre-recorded?offset=0&limit=5&status=done&status=error&custom_metadata%5Buser%5D=John%20Doe

// Whatever sent the request hands the answer back as plain data:
var answer = new HttpExchange(
    statusCode: 404,
    headers: [new("Content-Type", "application/json")],
    body: Encoding.UTF8.GetBytes("""{"timestamp":"2026-09-10T10:45:00.000Z","path":"/v2/pre-recorded/x","request_id":"G-821fe9df","statusCode":404,"message":"Not found"}"""),
    receivedAt: DateTimeOffset.UtcNow);

string outcome = Responses.ParseJob(answer).Match(
    Right: job => $"{job.Id} is {job.Status}",
    Left: error => error switch
    {
        PreRecordedError.NotFound e => $"no such job (request {e.Detail.RequestId.IfNone("?")})",
        _ => error.Message,
    });
Console.WriteLine(outcome);
// no such job (request G-821fe9df)
