using PreRecordedFx;
using PreRecordedFx.MockServer;

await using var mock = new MockServerFactory(new MockServerOptions { Seed = 7, Jobs = 50 });
using var client = new GladiaClient(
    new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = mock.Server.BaseAddress },
    mock.Server.CreateHandler());   // the innermost transport; the client adds its own handlers on top

var page = (await client.PreRecorded().ListAsync(JobQuery.Default.WithLimit(10))).OrThrow();
Console.WriteLine($"{page.Items.Count} jobs on the first page");
