using LanguageExt;
using PreRecordedFx.MockServer;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>Each test has its own mock: deleting changes the store.</summary>
public class FileAndDeleteTests
{
    private static async Task<Job> FirstAsync(GladiaClient client, Func<Job, bool> predicate)
    {
        await foreach (var item in client.PreRecorded().ListAllAsync(JobQuery.Default.WithLimit(100)))
        {
            if (predicate(RightOf(item)))
            {
                return RightOf(item);
            }
        }

        throw new InvalidOperationException("the mock has no such job");
    }

    // Short audio keeps the downloads (real WAV bytes) small and the suite fast.
    private static bool HasShortAudio(Job job) =>
        job.File.Bind(f => f.AudioDuration).Map(d => d < 30).IfNone(false);

    [Fact]
    public async Task The_file_arrives_the_same_in_all_three_forms()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var jobs = client.PreRecorded();
        var job = await FirstAsync(client, HasShortAudio);
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        var path = Path.Combine(folder, "audio.wav");
        var reports = new List<DownloadProgress>();

        var bytes = RightOf(await jobs.GetFileAsync(job.Id));
        byte[] streamed;
        AudioFileInfo info;
        await using (var audio = RightOf(await jobs.OpenFileAsync(job.Id)))
        {
            using var copy = new MemoryStream();
            await audio.Content.CopyToAsync(copy);
            streamed = copy.ToArray();
            info = audio.Info;
        }

        var written = RightOf(await jobs.DownloadFileToPathAsync(job.Id, path, new SynchronousProgress(reports.Add)));

        Assert.Equal(bytes, streamed);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(path));
        Assert.Equal(bytes.LongLength, written);
        Assert.StartsWith("audio/", info.ContentType, StringComparison.Ordinal);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal(bytes.LongLength, reports[^1].BytesReceived);
        Assert.Equal("audio.wav", Path.GetFileName(Assert.Single(Directory.GetFiles(folder))));
    }

    [Fact]
    public async Task DownloadFileAsync_writes_into_a_caller_stream_and_counts_bytes()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var job = await FirstAsync(client, HasShortAudio);
        using var destination = new MemoryStream();

        var written = RightOf(await client.PreRecorded().DownloadFileAsync(job.Id, destination));

        Assert.Equal(destination.Length, written);
        Assert.True(destination.CanWrite); // left open for the caller
    }

    [Fact]
    public async Task A_redirected_file_follows_the_signed_link()
    {
        await using var mock = new MockServer(new MockServerOptions { Jobs = 45, RedirectFiles = true });
        var recorder = new Recorder(mock.Handler);
        using var client = mock.Client(recorder);
        var job = await FirstAsync(client, HasShortAudio);

        var bytes = RightOf(await client.PreRecorded().GetFileAsync(job.Id));

        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Contains(recorder.Seen, seen => seen.Uri.AbsolutePath.StartsWith("/storage/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_job_file_is_NotFound_and_leaves_no_file()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;

        LeftOf<long, PreRecordedError.NotFound>(await client.PreRecorded().DownloadFileToPathAsync("00000000-0000-0000-0000-000000000000", Path.Combine(folder, "x.wav")));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_deleted_job_is_NotFound_afterwards()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var jobs = client.PreRecorded();
        var job = await FirstAsync(client, j => j.Status == JobStatus.Done);

        RightOf(await jobs.DeleteAsync(job.Id));

        LeftOf<Job, PreRecordedError.NotFound>(await jobs.GetAsync(job.Id));
        LeftOf<Unit, PreRecordedError.NotFound>(await jobs.DeleteAsync(job.Id));
    }

    [Fact]
    public async Task A_queued_job_is_NotDeletable()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var job = await FirstAsync(client, j => j.Status.IsPending);

        var error = LeftOf<Unit, PreRecordedError.NotDeletable>(await client.PreRecorded().DeleteAsync(job.Id));

        Assert.Equal(403, error.Code);
        RightOf(await client.PreRecorded().GetAsync(job.Id)); // still there
    }

    [Fact]
    public async Task Get_download_delete_compose_in_LINQ_query_syntax()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var jobs = client.PreRecorded();
        var id = (await FirstAsync(client, j => j.Status == JobStatus.Done && HasShortAudio(j))).Id;

        var archived = await (
            from job in jobs.GetAsync(id)
            from audio in jobs.GetFileAsync(job.Id)
            from deleted in jobs.DeleteAsync(job.Id)
            select (job.Id, audio.Length));

        var (archivedId, length) = RightOf(archived);
        Assert.Equal(id, archivedId);
        Assert.True(length > 44);
        LeftOf<Job, PreRecordedError.NotFound>(await jobs.GetAsync(id));
    }

    [Fact]
    public async Task The_railway_stops_at_the_first_Left()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();
        var jobs = client.PreRecorded();
        var queued = (await FirstAsync(client, j => j.Status.IsPending)).Id;
        var downloads = 0;

        var result = await (
            from deleted in jobs.DeleteAsync(queued)
            from audio in Count(jobs.GetFileAsync(queued))
            select audio.Length);

        Assert.IsType<PreRecordedError.NotDeletable>(LeftOf(result));
        Assert.Equal(0, downloads);

        Task<Either<PreRecordedError, byte[]>> Count(Task<Either<PreRecordedError, byte[]>> task)
        {
            downloads++;
            return task;
        }
    }

    [Fact]
    public async Task OrThrow_turns_a_Left_into_a_typed_exception()
    {
        await using var mock = new MockServer();
        using var client = mock.Client();

        var thrown = await Assert.ThrowsAsync<PreRecordedException>(() => client.PreRecorded().GetAsync("no-such-job").OrThrow());

        Assert.IsType<PreRecordedError.NotFound>(thrown.Error);
        Assert.NotNull(await client.PreRecorded().ListAsync(JobQuery.Default).OrThrow());
    }

    private sealed class SynchronousProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
