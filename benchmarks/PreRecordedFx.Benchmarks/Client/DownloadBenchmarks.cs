using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// Streaming a generated file (never held in memory) to <see cref="Stream.Null"/>: the streaming API against raw
/// <see cref="HttpClient"/> with <see cref="HttpCompletionOption.ResponseHeadersRead"/> and <c>CopyToAsync</c>.
/// Two sizes, so that allocations independent of the file's size show as equal columns.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
public class DownloadBenchmarks
{
    private const string JobId = "45463597-20b7-4af7-b3b3-f5fb778203ab";
    private const string FilePath = "v2/pre-recorded/" + JobId + "/file";

    private GeneratedFileHandler transport = null!;
    private GladiaClient client = null!;
    private PreRecordedJobs jobs = null!;
    private HttpClient http = null!;

    /// <summary>The file's size in MiB.</summary>
    [Params(16, 256)]
    public int SizeMiB { get; set; } = 16;

    private long Bytes => SizeMiB * 1024L * 1024L;

    [GlobalSetup]
    public async Task Setup()
    {
        transport = new GeneratedFileHandler(Bytes);
        client = BenchClients.Library(transport);
        jobs = client.PreRecorded();
        http = BenchClients.Raw(transport);
        if (await Raw() != Bytes || await OpenFileAsync() != Bytes || await DownloadFileAsync() != Bytes)
        {
            throw new InvalidOperationException("every download must read the whole file");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        http.Dispose();
        transport.Dispose();
    }

    [Benchmark(Baseline = true, Description = "HttpClient ResponseHeadersRead + CopyToAsync")]
    public async Task<long> Raw()
    {
        using var response = await http.GetAsync(FilePath, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync();
        await using (body)
        {
            await body.CopyToAsync(Stream.Null);
        }

        return response.Content.Headers.ContentLength ?? -1;
    }

    [Benchmark(Description = "OpenFileAsync + CopyToAsync")]
    public async Task<long> OpenFileAsync()
    {
        var audio = await jobs.OpenFileAsync(JobId).OrThrow();
        await using (audio)
        {
            await audio.Content.CopyToAsync(Stream.Null);
        }

        return audio.Info.ContentLength.IfNone(-1);
    }

    [Benchmark(Description = "DownloadFileAsync")]
    public async Task<long> DownloadFileAsync() => (await jobs.DownloadFileAsync(JobId, Stream.Null)).IfLeft(-1);
}
#pragma warning restore CA1001
