using PreRecordedFx.MockServer;

await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 20 });
using var http = mock.CreateAuthorizedClient();

// The next list call answers 503 with Retry-After: 1; the one after is served as usual.
mock.AddOneShotFault(new OneShotFault { Method = "GET", Path = "/v2/pre-recorded", Status = 503, RetryAfter = 1 });
mock.ClearRequests();
using (await http.GetAsync("/v2/pre-recorded?limit=1"))
using (await http.GetAsync("/v2/pre-recorded?limit=1"))
{
}

// Assert what your code sent: method, path and query, status, size, duration.
foreach (var request in mock.Requests)
{
    Console.WriteLine($"{request.Method} {request.Path} -> {request.Status}");
}

mock.Reset(); // seeded jobs back, faults as configured, empty journal
