using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

public sealed class WavFileTests(MockFixture mock) : IClassFixture<MockFixture>
{
    private async Task<JsonElement> Job(Func<JsonElement, bool> pick) =>
        (await mock.Client.AllJobs()).First(j => j.GetProperty("file").ValueKind == JsonValueKind.Object && pick(j));

    private static double Duration(JsonElement job) => job.GetProperty("file").GetProperty("audio_duration").GetDouble();

    private static int Channels(JsonElement job) => job.GetProperty("file").GetProperty("number_of_channels").GetInt32();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_file_is_a_pcm_wav_whose_header_matches_the_jobs_file_info(int channels)
    {
        var job = await Job(j => Channels(j) == channels && Duration(j) < 30);
        using var response = await mock.Client.GetAsync(Wire.Jobs + "/" + job.Id() + "/file");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);

        var header = bytes.AsSpan();
        Assert.Equal("RIFF", Encoding.ASCII.GetString(header[..4]));
        Assert.Equal((uint)(bytes.Length - 8), BinaryPrimitives.ReadUInt32LittleEndian(header[4..]));
        Assert.Equal("WAVE", Encoding.ASCII.GetString(header[8..12]));
        Assert.Equal("fmt ", Encoding.ASCII.GetString(header[12..16]));
        Assert.Equal(16u, BinaryPrimitives.ReadUInt32LittleEndian(header[16..]));
        Assert.Equal(1, BinaryPrimitives.ReadUInt16LittleEndian(header[20..]));
        Assert.Equal(channels, BinaryPrimitives.ReadUInt16LittleEndian(header[22..]));
        var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
        Assert.Equal(16_000u, sampleRate);
        Assert.Equal(sampleRate * (uint)channels * 2, BinaryPrimitives.ReadUInt32LittleEndian(header[28..]));
        Assert.Equal(channels * 2, BinaryPrimitives.ReadUInt16LittleEndian(header[32..]));
        Assert.Equal(16, BinaryPrimitives.ReadUInt16LittleEndian(header[34..]));
        Assert.Equal("data", Encoding.ASCII.GetString(header[36..40]));
        var dataLength = BinaryPrimitives.ReadUInt32LittleEndian(header[40..]);
        Assert.Equal((uint)(bytes.Length - 44), dataLength);

        var seconds = dataLength / (double)(sampleRate * (uint)channels * 2);
        Assert.Equal(Duration(job), seconds, 3);
        Assert.Contains(bytes.Skip(44), b => b != 0);
    }

    [Fact]
    public async Task The_file_is_offered_under_the_jobs_filename()
    {
        var job = await Job(j => Duration(j) < 30 && j.GetProperty("file").GetProperty("filename").GetString()!.Any(c => c > 127));
        using var response = await mock.Client.GetAsync(Wire.Jobs + "/" + job.Id() + "/file");
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.NotNull(disposition);
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal(job.GetProperty("file").GetProperty("filename").GetString(), disposition.FileNameStar);
    }

    [Fact]
    public async Task A_byte_range_answers_206_with_exactly_those_bytes()
    {
        var job = await Job(j => Duration(j) < 30);
        var url = Wire.Jobs + "/" + job.Id() + "/file";
        var full = await mock.Client.GetByteArrayAsync(url);

        foreach (var (from, to) in new[] { (0L, 43L), (1000L, 1999L), (45L, 45L), ((long)full.Length - 1, (long)full.Length - 1) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Range = new RangeHeaderValue(from, to);
            using var response = await mock.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
            Assert.Equal($"bytes {from}-{to}/{full.Length}", response.Content.Headers.ContentRange?.ToString());
            Assert.Equal(full[(int)from..(int)(to + 1)], await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_suffix_range_answers_the_last_bytes()
    {
        var job = await Job(j => Duration(j) < 30);
        var url = Wire.Jobs + "/" + job.Id() + "/file";
        var full = await mock.Client.GetByteArrayAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(null, 100);
        using var response = await mock.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(full[^100..], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_past_the_end_answers_416()
    {
        var job = await Job(j => Duration(j) < 30);
        var url = Wire.Jobs + "/" + job.Id() + "/file";
        using var head = await mock.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        var length = head.Content.Headers.ContentLength!.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Range = new RangeHeaderValue(length, length + 10);
        using var response = await mock.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task An_hour_long_file_streams_and_its_tail_is_reachable_by_range()
    {
        var job = await Job(j => Duration(j) > 1800);
        var url = Wire.Jobs + "/" + job.Id() + "/file";
        using (var response = await mock.Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead))
        {
            var expected = 44 + ((long)Math.Round(Duration(job) * 16_000) * Channels(job) * 2);
            Assert.Equal(expected, response.Content.Headers.ContentLength);
            await using var stream = await response.Content.ReadAsStreamAsync();
            var start = new byte[4096];
            await stream.ReadExactlyAsync(start);
            Assert.Equal("RIFF"u8.ToArray(), start[..4]);
        }

        using var tail = new HttpRequestMessage(HttpMethod.Get, url);
        tail.Headers.Range = new RangeHeaderValue(null, 2048);
        using var tailResponse = await mock.Client.SendAsync(tail);
        Assert.Equal(2048, (await tailResponse.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task An_error_job_without_file_info_has_no_file()
    {
        var job = (await mock.Client.AllJobs()).First(j => j.GetProperty("file").ValueKind == JsonValueKind.Null);
        var path = Wire.Jobs + "/" + job.Id() + "/file";
        using var response = await mock.Client.GetAsync(path);
        await Wire.AssertGladiaError(response, 404, path);
    }

    [Fact]
    public async Task The_file_of_an_unknown_job_is_404()
    {
        const string path = Wire.Jobs + "/nope/file";
        using var response = await mock.Client.GetAsync(path);
        await Wire.AssertGladiaError(response, 404, path);
    }
}
