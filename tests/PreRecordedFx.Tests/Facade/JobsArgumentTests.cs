using System.Net;
using LanguageExt;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>Argument checks of the jobs API: which parameter is blamed, and that nothing is sent or written.</summary>
public class JobsArgumentTests
{
    private static ScriptedHandler Audio() => new((request, _) => Wire.Audio([1, 2, 3]));

    [Fact]
    public async Task Null_arguments_name_their_parameter_and_send_nothing()
    {
        var handler = Audio();
        using var client = Clients.On(handler);
        var jobs = client.PreRecorded();

        Assert.Equal("query", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.ListAsync(null!))).ParamName);
        Assert.Equal("page", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.NextPageAsync((JobPage)null!))).ParamName);
        Assert.Equal("page", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.NextPageAsync((JobEnvelopePage)null!))).ParamName);
        Assert.Equal("query", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.ListEnvelopesAsync(null!))).ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => jobs.ListAllEnvelopesAsync(null!)).ParamName);
        Assert.Equal("query", Assert.Throws<ArgumentNullException>(() => jobs.ListAllAsync(null!)).ParamName);
        Assert.Equal("destination", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.DownloadFileAsync("job-1", null!))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentException>(() => jobs.DownloadFileToPathAsync("job-1", " "))).ParamName);
        Assert.Equal("path", (await Assert.ThrowsAsync<ArgumentNullException>(() => jobs.DownloadFileToPathAsync("job-1", null!))).ParamName);
        Assert.Equal("handler", Assert.Throws<ArgumentNullException>(() => new GladiaClient(Clients.Options(), (HttpMessageHandler)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => new GladiaClient(null!)).ParamName);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task ListAll_rejects_a_null_query_when_enumerated()
    {
        using var client = Clients.On(Audio());

        var thrown = await Assert.ThrowsAsync<ArgumentNullException>(async () =>
        {
            await foreach (var item in client.PreRecorded().ListAllAsync(null!))
            {
                Assert.Fail("nothing expected, got " + item);
            }
        });

        Assert.Equal("query", thrown.ParamName);
    }

    [Fact]
    public async Task The_last_page_has_no_next_page_and_nothing_is_sent()
    {
        var handler = Audio();
        using var client = Clients.On(handler);

        var next = await client.PreRecorded().NextPageAsync(PreRecordedModelFactory.JobPage([], baseUrl: Wire.Api));

        Assert.True(RightOf(next).IsNone);
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_next_page_is_fetched_from_the_next_link()
    {
        var handler = new ScriptedHandler((request, _) => Wire.Json(Wire.PageJson([PreRecordedModelFactory.Job("second")], next: null)));
        using var client = Clients.On(handler);
        var page = PreRecordedModelFactory.JobPage([PreRecordedModelFactory.Job("first")], new Uri("https://api.test/v2/pre-recorded?offset=1&limit=1"), Wire.Api);

        var next = RightOf(await client.PreRecorded().NextPageAsync(page)).IfNone(() => throw new InvalidOperationException("no page"));

        Assert.Equal("second", Assert.Single(next.Items).Id);
        Assert.Equal("/v2/pre-recorded?offset=1&limit=1", Assert.Single(handler.Seen).Uri.PathAndQuery);
    }

    [Fact]
    public async Task A_bad_job_id_for_a_file_download_creates_no_file_and_sends_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        var handler = Audio();
        using var client = Clients.On(handler);

        var error = LeftOf<long, PreRecordedError.InvalidArgument>(await client.PreRecorded().DownloadFileToPathAsync("", Path.Combine(folder, "a.wav")));

        Assert.Equal("jobId", error.Parameter);
        Assert.Empty(Directory.GetFiles(folder));
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task A_failed_download_to_a_new_path_leaves_no_file_behind()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Status(HttpStatusCode.NotFound)));

        LeftOf<long, PreRecordedError.NotFound>(await client.PreRecorded().DownloadFileToPathAsync("job-1", Path.Combine(folder, "a.wav")));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_short_download_to_a_path_is_malformed_and_leaves_no_file()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Streamed(new MemoryStream([1, 2]), "audio/wav", length: 5)));

        var error = LeftOf<long, PreRecordedError.MalformedResponse>(await client.PreRecorded().DownloadFileToPathAsync("job-1", Path.Combine(folder, "a.wav")));

        Assert.Contains("the file ended after 2 of 5 bytes", error.Reason, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_download_reports_progress_and_returns_the_byte_count()
    {
        var seen = new List<DownloadProgress>();
        using var client = Clients.On(Audio());
        using var destination = new MemoryStream();

        var written = RightOf(await client.PreRecorded().DownloadFileAsync("job-1", destination, new SyncProgress(seen.Add)));

        Assert.Equal(3L, written);
        Assert.Equal(new byte[] { 1, 2, 3 }, destination.ToArray());
        Assert.Equal(new DownloadProgress(3, 3L), seen.Last());
    }

    [Fact]
    public async Task Get_file_returns_the_bytes_and_a_failed_open_is_the_servers_error()
    {
        using var working = Clients.On(Audio());
        using var failing = Clients.On(new ScriptedHandler((request, _) => Wire.Status(HttpStatusCode.NotFound)));

        Assert.Equal(new byte[] { 1, 2, 3 }, RightOf(await working.PreRecorded().GetFileAsync("job-1")));
        LeftOf<AudioDownload, PreRecordedError.NotFound>(await failing.PreRecorded().OpenFileAsync("job-1"));
        LeftOf<byte[], PreRecordedError.NotFound>(await failing.PreRecorded().GetFileAsync("job-1"));
    }

    [Fact]
    public async Task An_opened_file_streams_its_bytes_with_the_declared_name()
    {
        using var client = Clients.On(Audio());

        await using var audio = RightOf(await client.PreRecorded().OpenFileAsync("job-1"));
        using var copy = new MemoryStream();
        await audio.Content.CopyToAsync(copy);

        Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
        Assert.Equal(("audio/wav", "audio.wav"), (audio.Info.ContentType, audio.Info.FileName.IfNone("")));
    }

    private sealed class SyncProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
