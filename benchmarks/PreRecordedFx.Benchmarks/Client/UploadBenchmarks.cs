using System.Net;
using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using PreRecordedFx.Benchmarks.Fixtures;

namespace PreRecordedFx.Benchmarks.Client;

/// <summary>
/// Uploading a 100 MB file: <c>UploadFileAsync</c> (multipart through Refit, the handlers, the counting stream and the
/// parse of Gladia's answer) against a hand-written <see cref="HttpClient"/> POST of a <see cref="MultipartFormDataContent"/>
/// holding a <see cref="StreamContent"/> over the same file. Both go through one in-memory handler that reads the whole
/// body into <see cref="Stream.Null"/> and answers Gladia's upload JSON, so only the code above the transport differs.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // what it owns is released in [GlobalCleanup], which BenchmarkDotNet calls
public class UploadBenchmarks
{
    private const long Size = 100L * 1000 * 1000;

    private static readonly byte[] Answer = """
        {"audio_url":"https://api.gladia.bench/file/6c09400e-23d2-4bd2-be55-96a5ececfa3b","audio_metadata":{"id":"6c09400e-23d2-4bd2-be55-96a5ececfa3b","filename":"call.wav","source":"upload","extension":"wav","size":100000000,"audio_duration":3125.0,"number_of_channels":1}}
        """u8.ToArray();

    private string path = null!;
    private DrainingHandler transport = null!;
    private GladiaClient client = null!;
    private PreRecordedJobs jobs = null!;
    private HttpClient http = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"prerecordedfx-upload-{Guid.NewGuid():N}.wav");
        await using (var file = File.Create(path))
        {
            var chunk = new byte[1024 * 1024];
            for (long written = 0; written < Size; written += chunk.Length)
            {
                await file.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, Size - written)));
            }
        }

        transport = new DrainingHandler(Answer);
        client = BenchClients.Library(transport);
        jobs = client.PreRecorded();
        http = BenchClients.Raw(transport);
        if (await Raw() != 200 || await UploadFileAsync() != 200)
        {
            throw new InvalidOperationException("both uploads must succeed");
        }

        if (transport.LastBodyBytes < Size)
        {
            throw new InvalidOperationException($"the body was {transport.LastBodyBytes} bytes, less than the file");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        http.Dispose();
        transport.Dispose();
        File.Delete(path);
    }

    [Benchmark(Baseline = true, Description = "HttpClient multipart POST")]
    public async Task<int> Raw()
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var audio = new StreamContent(file, 81920);
        audio.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        using var form = new MultipartFormDataContent { { audio, "audio", "call.wav" } };
        using var response = await http.PostAsync("v2/upload", form);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    [Benchmark(Description = "UploadFileAsync")]
    public async Task<int> UploadFileAsync() => (await jobs.UploadFileAsync(path)).Match(Right: _ => 200, Left: error => error.Code);

    /// <summary>Reads each request's whole body, as a server would, and answers with fixed JSON.</summary>
    private sealed class DrainingHandler(byte[] answer) : HttpMessageHandler
    {
        public long LastBodyBytes { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var counter = new CountingSink();
            await request.Content!.CopyToAsync(counter, cancellationToken);
            LastBodyBytes = counter.Length;
            var content = new ByteArrayContent(answer);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
        }
    }

    // Stream.Null that counts what it was given.
    private sealed class CountingSink : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
#pragma warning restore CA1001
