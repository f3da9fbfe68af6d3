using PreRecordedFx.MockServer;

await using var mock = new MockServerFactory(new MockServerOptions
{
    Seed = 7,
    Jobs = 50,
    ErrorRate = 0.2,          // a fifth of the calls fail with 5xx, reproducibly
    RateLimit = 10,           // 10 requests per second, then 429 + Retry-After
});

using var http = mock.CreateClient();   // BaseAddress http://localhost/
http.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
using var answer = await http.GetAsync(new Uri("/v2/pre-recorded?limit=5&status=done", UriKind.Relative));
Console.WriteLine($"{(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");

// Or: mock.CreateAuthorizedClient() (sends the key for you), mock.Server (the TestServer),
// mock.Server.CreateHandler() / mock.CreateDefaultClient(handlers…) to put your own handlers in front.
