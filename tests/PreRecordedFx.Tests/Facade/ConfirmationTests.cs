using System.Net;
using System.Text;
using LanguageExt;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>
/// Only what Gladia sends counts as done: a delete is confirmed by 202 (or 204), not by any 2xx; the file endpoint
/// answers with audio, not with a page.
/// </summary>
public class ConfirmationTests
{
    private static HttpResponseMessage ProxyPage(HttpStatusCode status) =>
        new(status) { Content = new StringContent("<html><body>Welcome to the corporate proxy</body></html>", Encoding.UTF8, "text/html") };

    [Theory]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.NoContent)]
    public async Task A_delete_answered_202_or_204_is_confirmed(HttpStatusCode status)
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => new HttpResponseMessage(status)));

        Assert.Equal(Prelude.unit, RightOf(await client.PreRecorded().DeleteAsync("job-1")));
    }

    [Fact]
    public async Task A_delete_answered_by_a_proxys_200_page_is_an_unconfirmed_deletion()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => ProxyPage(HttpStatusCode.OK)));

        var error = LeftOf<Unit, PreRecordedError.MalformedResponse>(await client.PreRecorded().DeleteAsync("job-1"));

        Assert.Equal(200, error.StatusCode);
        Assert.Contains("the deletion is unconfirmed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_answered_by_an_html_page_is_not_taken_for_audio_and_leaves_no_file()
    {
        var folder = Directory.CreateTempSubdirectory("prfx-").FullName;
        using var client = Clients.On(new ScriptedHandler((request, _) => ProxyPage(HttpStatusCode.OK)));

        var error = LeftOf<long, PreRecordedError.MalformedResponse>(
            await client.PreRecorded().DownloadFileToPathAsync("job-1", Path.Combine(folder, "audio.wav")));

        Assert.Equal("expected audio, got content type 'text/html; charset=utf-8'", error.Reason);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
