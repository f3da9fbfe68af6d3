using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace PreRecordedFx.Reliability.Tests;

/// <summary>
/// Refusing chunked JSON bodies over the default <c>MaxResponseBytes</c> (32 MiB), over real loopback sockets: each
/// refusal costs about one cap, and the process keeps none of it afterwards (no huge array stays in the shared pool).
/// </summary>
public sealed class RefusalMemoryTests(ITestOutputHelper output)
{
    private const int Refusals = 16;
    private const int BodyBytes = 64 << 20;

    private static async Task AnswerChunkedAsync(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'[');
        try
        {
            for (var sent = 0; sent < BodyBytes; sent += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client stopped reading once it had seen enough: that is the point.
        }
    }

    [Fact]
    public async Task Chunked_bodies_over_the_cap_cost_about_one_cap_each_and_are_not_kept()
    {
        await using var server = await LoopbackServer.StartAsync(AnswerChunkedAsync);
        var options = new GladiaClientOptions { ApiKey = "gladia-reliability-key", BaseUrl = server.BaseUrl };
        using var client = new GladiaClient(options);
        var jobs = client.PreRecorded();
        Assert.Equal(Outcome.Malformed, Outcome.Of(await jobs.GetAsync("warm-up")));
        var heldBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        for (var n = 0; n < Refusals; n++)
        {
            Assert.Equal(Outcome.Malformed, Outcome.Of(await jobs.GetAsync("huge-" + n)));
        }

        var perRefusal = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / Refusals;
        var heldAfter = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{Refusals} refusals of {BodyBytes >> 20} MiB chunked bodies: {perRefusal >> 10} KiB allocated per refusal; "
            + $"{(heldAfter - heldBefore) >> 10} KiB more held afterwards");

        Assert.True(perRefusal < options.MaxResponseBytes * 5 / 4, $"{perRefusal} bytes allocated per refusal, cap {options.MaxResponseBytes}");
        Assert.True(heldAfter - heldBefore < 2 * options.MaxResponseBytes, $"{heldAfter - heldBefore} more bytes held after {Refusals} refusals");
    }
}
