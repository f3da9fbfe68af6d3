using PreRecordedFx.MockServer;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>The life of a job from the client, against the Mock in memory: upload, create, transcribe.</summary>
public sealed class TranscribeTests : IAsyncLifetime
{
    private readonly string wavFile = Wav.File(1.5, channels: 2);
    private GladiaClient client = null!;

    private MockServer Mock { get; } = new(new MockServerOptions { Jobs = 3, QueuedSeconds = 0, ProcessingSeconds = 0 });

    private PreRecordedJobs Jobs => client.PreRecorded();

    public Task InitializeAsync()
    {
        client = Mock.Client();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        File.Delete(wavFile);
        await Mock.DisposeAsync();
    }

    [Fact]
    public async Task A_file_uploads_as_its_audio_and_comes_back_with_what_the_mock_read_of_it()
    {
        var sent = new List<UploadProgress>();
        var progress = new Progress(sent.Add);

        var audio = RightOf(await Jobs.UploadFileAsync(wavFile, progress));

        Assert.Equal(Path.GetFileName(wavFile), audio.AudioMetadata.Filename);
        Assert.Equal("wav", audio.AudioMetadata.Extension);
        Assert.Equal(new FileInfo(wavFile).Length, audio.AudioMetadata.Size);
        Assert.Equal(1.5, audio.AudioMetadata.AudioDuration, 3);
        Assert.Equal(2, audio.AudioMetadata.NumberOfChannels);
        Assert.Equal(Mock.Factory.Server.BaseAddress.Authority, audio.AudioUrl.Authority);
        Assert.NotEmpty(sent);
        Assert.Equal(new FileInfo(wavFile).Length, sent[^1].BytesSent);
        Assert.Equal(new FileInfo(wavFile).Length, sent[^1].TotalBytes);
        Assert.True(sent.Zip(sent.Skip(1)).All(pair => pair.Item1.BytesSent < pair.Item2.BytesSent), "each report says more was sent");
    }

    [Fact]
    public async Task A_stream_uploads_from_where_it_stands_and_says_so_in_its_total()
    {
        var wav = Wav.Silence(0.25);
        using var stream = new MemoryStream([.. new byte[100], .. wav]);
        stream.Position = 100;
        var sent = new List<UploadProgress>();

        var audio = RightOf(await Jobs.UploadAsync(stream, "late.wav", new Progress(sent.Add)));

        Assert.Equal(wav.Length, audio.AudioMetadata.Size);
        Assert.Equal(0.25, audio.AudioMetadata.AudioDuration, 3);
        Assert.Equal(wav.Length, sent[^1].BytesSent);
        Assert.Equal(wav.Length, sent[^1].TotalBytes);
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_uploads_once_without_a_known_total()
    {
        var sent = new List<UploadProgress>();
        using var stream = new ForwardOnly(Wav.Silence(0.5));

        var audio = RightOf(await Jobs.UploadAsync(stream, "memo.wav", new Progress(sent.Add)));

        Assert.Equal("memo.wav", audio.AudioMetadata.Filename);
        Assert.Equal(0.5, audio.AudioMetadata.AudioDuration, 3);
        Assert.True(sent[^1].TotalBytes.IsNone);
        Assert.True(stream.CanRead, "the caller's stream is left open");
    }

    [Fact]
    public async Task A_created_job_can_be_read_back_with_the_request_it_was_given()
    {
        var audio = RightOf(await Jobs.UploadFileAsync(wavFile));
        var request = new TranscriptionRequest(audio.AudioUrl.AbsoluteUri) { Diarization = new() { MaxSpeakers = 2 } }.WithMetadata("userId", "u-42");

        var created = RightOf(await Jobs.CreateAsync(request));

        var job = RightOf(await Jobs.GetAsync(created.Id));
        Assert.Equal(created.Id, job.Id);
        Assert.EndsWith("/v2/pre-recorded/" + created.Id, created.ResultUrl.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("u-42", job.CustomMetadata.Map(m => m["userId"].GetString()).IfNone(""));
        Assert.True(job.RequestParams.Bind(p => p.Diarization).IfNone(false));
    }

    [Fact]
    public async Task A_local_file_is_transcribed_in_one_call_to_a_finished_job()
    {
        var job = RightOf(await Jobs.TranscribeFileAsync(wavFile, new TranscriptionRequest().WithMetadata("userId", "u-7"), Quick));

        Assert.Equal(JobStatus.Done, job.Status);
        Assert.Equal(1.5, job.File.Bind(f => f.AudioDuration).IfNone(0), 3);
        Assert.Equal(["POST /v2/upload", "POST /v2/pre-recorded"], Mock.Factory.Requests.Where(r => r.Method == "POST").Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task Audio_online_is_transcribed_and_a_job_that_fails_is_a_Right_with_its_error_code()
    {
        var job = RightOf(await Jobs.TranscribeAsync(new TranscriptionRequest("https://audio.invalid/lost.wav"), Quick));

        Assert.Equal(JobStatus.Error, job.Status);
        Assert.True(job.ErrorCode.IsSome);
    }

    [Fact]
    public async Task A_bad_request_is_refused_whole_before_any_byte_goes_up()
    {
        var request = new TranscriptionRequest { Translation = new([]), CustomMetadata = "42" };

        var error = LeftOf<Job, PreRecordedError.InvalidArgument>(await Jobs.TranscribeFileAsync(wavFile, request));

        Assert.Equal("translation_config.target_languages must name at least one language, none blank; custom_metadata must be a JSON object", error.Reason);
        Assert.Empty(Mock.Factory.Requests);
    }

    [Fact]
    public async Task A_file_request_with_its_own_audio_url_or_a_bad_wait_is_refused_before_sending()
    {
        var withUrl = LeftOf<Job, PreRecordedError.InvalidArgument>(await Jobs.TranscribeFileAsync(wavFile, new TranscriptionRequest("https://a.example/x.wav")));
        var badWait = LeftOf<Job, PreRecordedError.InvalidArgument>(await Jobs.TranscribeFileAsync(wavFile, wait: new WaitOptions { Budget = TimeSpan.Zero }));
        var badWaitOnline = LeftOf<Job, PreRecordedError.InvalidArgument>(await Jobs.TranscribeAsync(new TranscriptionRequest("https://a.example/x.wav"), new WaitOptions { Budget = TimeSpan.Zero }));

        Assert.Equal("request", withUrl.Parameter);
        Assert.Equal("AudioUrl is set, but the file's upload provides it: leave it null", withUrl.Reason);
        Assert.Equal("wait", badWait.Parameter);
        Assert.Equal("wait", badWaitOnline.Parameter);
        Assert.Empty(Mock.Factory.Requests);
    }

    [Fact]
    public async Task A_missing_file_or_a_folder_or_an_unreadable_stream_is_an_invalid_argument_and_nothing_is_sent()
    {
        var missing = LeftOf<UploadedAudio, PreRecordedError.InvalidArgument>(await Jobs.UploadFileAsync(wavFile + ".gone"));
        var folder = LeftOf<Job, PreRecordedError.InvalidArgument>(await Jobs.TranscribeFileAsync(Path.GetTempPath()));
        using var closed = new MemoryStream();
        closed.Dispose();
        var unreadable = LeftOf<UploadedAudio, PreRecordedError.InvalidArgument>(await Jobs.UploadAsync(closed, "a.wav"));

        Assert.Equal("path", missing.Parameter);
        Assert.Contains(".gone", missing.Reason, StringComparison.Ordinal);
        Assert.Equal("path", folder.Parameter);
        Assert.Equal("audio", unreadable.Parameter);
        Assert.Equal("the stream cannot be read (it is write-only or closed)", unreadable.Reason);
        Assert.Empty(Mock.Factory.Requests);
    }

    [Fact]
    public async Task The_mock_refusing_a_request_is_a_service_error_listing_why()
    {
        // A remote callback target is refused by the Mock at creation (loopback only by default).
        var error = LeftOf<CreatedJob, PreRecordedError.ServiceError>(
            await Jobs.CreateAsync(new TranscriptionRequest("https://a.example/x.wav") { Callback = new("https://hooks.example/cb") }));

        Assert.Equal(400, error.StatusCode);
        Assert.NotEmpty(error.Detail.ValidationErrors);
    }

    [Fact]
    public async Task Missing_arguments_are_programming_errors_that_throw()
    {
        using var audio = new MemoryStream();

        await Assert.ThrowsAsync<ArgumentException>(() => Jobs.UploadFileAsync(" "));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Jobs.UploadAsync(null!, "a.wav"));
        await Assert.ThrowsAsync<ArgumentException>(() => Jobs.UploadAsync(audio, ""));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Jobs.CreateAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Jobs.TranscribeAsync(null!));
        Assert.Empty(Mock.Factory.Requests);
    }

    private static WaitOptions Quick => new() { InitialDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(20), Budget = TimeSpan.FromSeconds(20) };

    // Synchronous, unlike Progress<T>, so the list is complete when the call returns.
    private sealed class Progress(Action<UploadProgress> report) : IProgress<UploadProgress>
    {
        public void Report(UploadProgress value) => report(value);
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
