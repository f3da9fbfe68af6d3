using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>The headers every request carries: the key and the <c>x-gladia-version</c> naming this release.</summary>
public class ClientHeadersTests
{
    [Fact]
    public void The_version_header_names_this_release_without_build_metadata()
    {
        var release = typeof(GladiaClient).Assembly.GetName().Version!.ToString(3);

        Assert.Equal("SdkDotnet/" + release, new GladiaClientOptions().VersionHeader);
    }

    [Fact]
    public async Task A_retried_request_carries_each_header_once()
    {
        var seen = new List<(int Versions, int Keys)>();
        var handler = new ScriptedHandler((request, n) =>
        {
            seen.Add((request.Headers.GetValues("x-gladia-version").Count(), request.Headers.GetValues("x-gladia-key").Count()));
            return n == 1 ? Wire.Status(HttpStatusCode.ServiceUnavailable).WithRetryAfter("0") : Wire.Json(Wire.JobJson());
        });
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal([(1, 1), (1, 1)], seen);
    }
}
