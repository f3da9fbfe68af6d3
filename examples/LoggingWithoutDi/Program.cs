using Microsoft.Extensions.Logging;
using PreRecordedFx;

using var loggerFactory = LoggerFactory.Create(logging => logging.AddConsole());
using var client = new GladiaClient(new GladiaClientOptions { ApiKey = "gladia-mock-key", BaseUrl = new Uri("http://localhost:5089") }, loggerFactory);

// Logs the request and its 404 under the category PreRecordedFx.Http (never the key).
var missing = await client.PreRecorded().GetAsync("no-such-job");
