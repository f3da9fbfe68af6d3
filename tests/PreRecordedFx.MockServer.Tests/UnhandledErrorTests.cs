using System.Net;

namespace PreRecordedFx.MockServer.Tests;

public sealed class UnhandledErrorTests
{
    /// <summary>A clock that fails once when armed: the only way to provoke a genuine bug from outside.</summary>
    private sealed class FailingClock : TimeProvider
    {
        public bool Armed { get; set; }

        public override DateTimeOffset GetUtcNow()
        {
            if (Armed)
            {
                Armed = false;
                throw new InvalidOperationException("clock failure");
            }

            return System.GetUtcNow();
        }
    }

    [Fact]
    public async Task A_real_bug_still_answers_a_gladia_shaped_500_and_the_mock_keeps_serving()
    {
        var clock = new FailingClock();
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 10, RedirectFiles = true }, clock);
        using var client = mock.CreateAuthorizedClient();
        var id = (await client.AllJobs()).First(j => j.GetProperty("status").GetString() == "done").Id();

        clock.Armed = true;
        using var failed = await client.GetAsync(Wire.Jobs + "/" + id + "/file");

        await Wire.AssertGladiaError(failed, 500, Wire.Jobs + "/" + id + "/file");
        using var next = await client.GetAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }
}
