using System.Buffers;
using System.Net;
using LanguageExt;

namespace PreRecordedFx.Tests;

/// <summary>
/// Reading a JSON or error body: refusing one over the cap costs about one cap, no array over what is pooled (BodyBuffer.MaxPooled) is kept by the
/// shared pool, and a body larger than what is pooled still arrives whole. The reads complete synchronously here, so
/// the whole read runs on the test's thread and <see cref="GC.GetAllocatedBytesForCurrentThread"/> counts it exactly.
/// </summary>
public class BodyBufferTests
{
    private const long Cap = 32L << 20; // the default MaxResponseBytes

    private static HttpResponseMessage Answer(Stream body, long? length = null) => Wire.Streamed(body, "application/json", length);

    private static Task<Either<PreRecordedError, byte[]>> ReadAsync(HttpResponseMessage response, long cap = Cap) =>
        ExchangeReader.ReadAsync(response, cap, TimeProvider.System, exchange => Prelude.Right<PreRecordedError, byte[]>(exchange.Body.ToArray()), CancellationToken.None);

    private static byte[] Pattern(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7))];

    [Fact]
    public async Task Refusing_a_chunked_body_over_the_cap_allocates_about_one_cap()
    {
        using var response = Answer(new EndlessStream());

        var thread = Environment.CurrentManagedThreadId;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = await ReadAsync(response);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(thread, Environment.CurrentManagedThreadId); // else the count above missed the read

        Assert.IsType<PreRecordedError.MalformedResponse>(Results.LeftOf(result));
        Assert.True(allocated < Cap + (Cap / 16), $"{allocated} bytes allocated to refuse a body over {Cap}");
    }

    [Fact]
    public async Task Refusing_a_chunked_body_reads_at_most_one_byte_past_the_cap()
    {
        var body = new EndlessStream();
        using var response = Answer(body);

        Results.LeftOf(await ReadAsync(response));

        Assert.Equal(Cap + 1, body.BytesRead);
    }

    [Fact]
    public async Task Nothing_larger_than_what_is_pooled_is_left_in_the_shared_pool_after_a_refusal()
    {
        var thread = Environment.CurrentManagedThreadId;
        using var response = Answer(new EndlessStream());
        Results.LeftOf(await ReadAsync(response));
        Assert.Equal(thread, Environment.CurrentManagedThreadId); // the refusal returned its arrays to this thread's pool slots

        // Had the refusal returned a large array to the pool, this thread would get it back without allocating.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var probe = ArrayPool<byte>.Shared.Rent(2 * (int)Cap);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated >= probe.Length, $"the pool handed back a {probe.Length}-byte array it had kept");
    }

    [Theory]
    [InlineData(BodyBuffer.MaxPooled - 1)]
    [InlineData(BodyBuffer.MaxPooled)]
    [InlineData(BodyBuffer.MaxPooled + 1)]
    [InlineData((3 * BodyBuffer.MaxPooled) + 12_345)]
    [InlineData((int)Cap)]
    public async Task A_chunked_body_up_to_the_cap_arrives_whole(int length)
    {
        var bytes = Pattern(length);
        using var response = Answer(new TrickleStream(bytes, 16 * 1024));

        Assert.Equal(bytes, Results.RightOf(await ReadAsync(response)));
    }

    [Fact]
    public async Task A_chunked_body_one_byte_over_the_cap_is_refused()
    {
        using var response = Answer(new TrickleStream(Pattern((int)Cap + 1), 16 * 1024));

        var error = Assert.IsType<PreRecordedError.MalformedResponse>(Results.LeftOf(await ReadAsync(response)));

        Assert.Equal($"the body is larger than MaxResponseBytes ({Cap} bytes)", error.Reason);
    }

    [Theory]
    [InlineData(100)]
    [InlineData((2 * BodyBuffer.MaxPooled) + 5)]
    public async Task A_declared_body_arrives_whole_in_one_block(int length)
    {
        var bytes = Pattern(length);
        using var response = Answer(new MemoryStream(bytes), length);

        Assert.Equal(bytes, Results.RightOf(await ReadAsync(response)));
    }

    [Fact]
    public async Task A_declared_body_over_what_is_pooled_is_read_into_one_array_of_its_size()
    {
        var length = (2 * BodyBuffer.MaxPooled) + 5;
        using var response = Answer(new TrickleStream(Pattern(length), 64 * 1024), length);

        var thread = Environment.CurrentManagedThreadId;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = await ExchangeReader.ReadAsync(response, Cap, TimeProvider.System, exchange => Prelude.Right<PreRecordedError, int>(exchange.Body.Length), CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(thread, Environment.CurrentManagedThreadId);

        Assert.Equal(length, Results.RightOf(result));
        Assert.True(allocated < length + (256 * 1024), $"{allocated} bytes allocated to read {length}");
    }

    [Fact]
    public async Task A_status_and_headers_reach_the_parser_with_the_body()
    {
        using var response = Answer(new TrickleStream(Pattern(3 * BodyBuffer.MaxPooled), 1 << 20));
        response.StatusCode = HttpStatusCode.BadGateway;

        var status = await ExchangeReader.ReadAsync(response, Cap, TimeProvider.System, exchange => Prelude.Right<PreRecordedError, int>(exchange.StatusCode), CancellationToken.None);

        Assert.Equal(502, Results.RightOf(status));
    }

    [Fact]
    public async Task Reading_again_reuses_the_pooled_buffers()
    {
        var bytes = Pattern(600 * 1024);
        await LengthOfAsync(new TrickleStream(bytes, 16 * 1024), length: null); // the pool now holds what this size needs

        var (allocated, length) = await CountedAsync(new TrickleStream(bytes, 16 * 1024), length: null);

        Assert.Equal(bytes.Length, length);
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated to read {bytes.Length} a second time");
    }

    [Fact]
    public async Task A_declared_body_just_under_what_is_pooled_is_read_into_a_pooled_buffer()
    {
        var bytes = Pattern(BodyBuffer.MaxPooled - 1);
        await LengthOfAsync(new MemoryStream(bytes), bytes.Length);

        var (allocated, length) = await CountedAsync(new MemoryStream(bytes), bytes.Length);

        Assert.Equal(bytes.Length, length);
        Assert.True(allocated < 64 * 1024, $"{allocated} bytes allocated to read {bytes.Length} a second time");
    }

    [Fact]
    public async Task A_chunked_body_of_twice_what_is_pooled_allocates_about_twice_its_size_not_the_cap()
    {
        var bytes = Pattern(2 * BodyBuffer.MaxPooled);
        await LengthOfAsync(new TrickleStream(bytes, 64 * 1024), length: null); // the pooled first part is warm

        var (allocated, length) = await CountedAsync(new TrickleStream(bytes, 64 * 1024), length: null);

        Assert.Equal(bytes.Length, length);
        Assert.True(allocated < (2 * bytes.Length) + BodyBuffer.MaxPooled, $"{allocated} bytes allocated to read {bytes.Length} (cap {Cap})");
    }

    [Fact]
    public async Task The_pooled_buffer_goes_back_to_the_pool_cleared()
    {
        var bytes = Enumerable.Repeat((byte)0xAB, 1000).ToArray();
        await LengthOfAsync(new MemoryStream(bytes), bytes.Length);

        var again = ArrayPool<byte>.Shared.Rent(bytes.Length + 1); // this thread's slot: the array just returned
        try
        {
            Assert.DoesNotContain((byte)0xAB, again.AsSpan(0, bytes.Length).ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(again);
        }
    }

    private static async Task<int> LengthOfAsync(Stream body, long? length)
    {
        using var response = Answer(body, length);
        return Results.RightOf(await ExchangeReader.ReadAsync(response, Cap, TimeProvider.System, exchange => Prelude.Right<PreRecordedError, int>(exchange.Body.Length), CancellationToken.None));
    }

    private static async Task<(long Allocated, int Length)> CountedAsync(Stream body, long? length)
    {
        var thread = Environment.CurrentManagedThreadId;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = await LengthOfAsync(body, length);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(thread, Environment.CurrentManagedThreadId); // else the count missed the read
        return (allocated, read);
    }

    /// <summary>A body that gives at most a few bytes per read, as a network does.</summary>
    private sealed class TrickleStream(byte[] bytes, int perRead) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, perRead));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, perRead)], cancellationToken);
    }
}
