using System.Net;
using System.Text;
using static PreRecordedFx.AspNetCore.Tests.Receiver;

namespace PreRecordedFx.AspNetCore.Tests;

/// <summary>A body past MaxBodyBytes is answered 413, whether its length is declared or it comes chunked.</summary>
public sealed class BodyLimitTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes(Fixture("webhook-created.json"));

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_body_of_exactly_the_limit_is_read(Transport transport)
    {
        await using var receiver = await StartAsync(transport, new GladiaCallbackOptions { MaxBodyBytes = Body.Length });

        using var declared = await receiver.Client.PostAsync(Route, new ByteArrayContent(Body));
        using var chunked = await receiver.Client.PostAsync(Route, Wire.Chunked(Body));

        Assert.Equal(HttpStatusCode.OK, declared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chunked.StatusCode);
        Assert.Equal(2, receiver.Events.Count);
    }

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_declared_body_one_byte_past_the_limit_is_answered_413(Transport transport)
    {
        await using var receiver = await StartAsync(transport, new GladiaCallbackOptions { MaxBodyBytes = Body.Length - 1 });

        using var response = await receiver.Client.PostAsync(Route, new ByteArrayContent(Body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal($"the body is larger than {Body.Length - 1} bytes", await Wire.DetailAsync(response));
        Assert.Empty(receiver.Events);
        Assert.Contains(receiver.Logs.GetSnapshot(), log => log.Message == $"Refused a Gladia event larger than {Body.Length - 1} bytes");
    }

    [Theory]
    [MemberData(nameof(Transports), MemberType = typeof(Receiver))]
    public async Task A_chunked_body_one_byte_past_the_limit_is_answered_413(Transport transport)
    {
        await using var receiver = await StartAsync(transport, new GladiaCallbackOptions { MaxBodyBytes = Body.Length - 1 });

        using var response = await receiver.Client.PostAsync(Route, Wire.Chunked(Body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(receiver.Events);
    }

    [Fact]
    public async Task A_chunked_body_far_past_the_limit_is_answered_413_without_being_read_whole()
    {
        await using var receiver = await StartAsync(Transport.Kestrel, new GladiaCallbackOptions { MaxBodyBytes = 64 * 1024 });

        using var response = await receiver.Client.PostAsync(Route, Wire.Chunked(new byte[4 * 1024 * 1024]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(receiver.Events);
    }

    [Fact]
    public async Task The_default_limit_reads_a_body_larger_than_Kestrels_own_default()
    {
        await using var receiver = await StartAsync(Transport.Kestrel);

        // Kestrel refuses bodies over 30,000,000 bytes by default; the receiver's 32 MiB limit is the one that holds.
        var padded = Fixture("webhook-created.json").Replace("\"event\"", $"\"padding\": \"{new string('x', 30_000_000)}\", \"event\"", StringComparison.Ordinal);
        using var response = await receiver.Client.PostAsync(Route, Wire.Json(padded));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GladiaCallbackOptions.DefaultMaxBodyBytes, 32L * 1024 * 1024);
    }
}
