using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class RequestUrlTests
{
    private static ScriptedHandler Ok() => new((request, _) =>
        request.RequestUri!.AbsolutePath.EndsWith("/file", StringComparison.Ordinal) ? Wire.Audio([1, 2, 3])
        : request.Method == HttpMethod.Delete ? new HttpResponseMessage(HttpStatusCode.Accepted)
        : request.RequestUri.AbsolutePath.EndsWith("pre-recorded", StringComparison.Ordinal) ? Wire.Json(Wire.PageJson([], null))
        : Wire.Json(Wire.JobJson()));

    [Fact]
    public async Task The_list_url_is_exactly_the_cores_encoding_with_repeated_status_and_bracket_keys()
    {
        var query = JobQuery.Default.WithOffset(4).WithLimit(5)
            .WithDate(new DateOnly(2026, 3, 2))
            .WithBeforeDate(new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero))
            .WithAfterDate(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero))
            .WithStatus(JobStatus.Done, JobStatus.Error)
            .WithCustomMetadata("user", "John Doe+é&x=y")
            .WithCustomMetadata("n", "42");
        var handler = Ok();
        using var client = Clients.On(handler);

        RightOf(await client.PreRecorded().ListAsync(query));

        var expected = RightOf(Requests.ListJobs(query)).ToUri(Wire.Api);
        Assert.Equal(expected.AbsoluteUri, Assert.Single(handler.Seen).Uri.AbsoluteUri);
        Assert.Contains("status=done&status=error&custom_metadata%5Buser%5D=John%20Doe%2B%C3%A9%26x%3Dy&custom_metadata%5Bn%5D=42", expected.AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_paths_are_escaped_once_and_a_base_path_is_kept_as_a_prefix()
    {
        var handler = Ok();
        using var client = Clients.On(handler, o => o.BaseUrl = new Uri("https://api.test/gateway/"));
        var jobs = client.PreRecorded();

        RightOf(await jobs.GetAsync("abé:1"));
        RightOf(await jobs.GetFileAsync("abé:1"));
        RightOf(await jobs.DeleteAsync("abé:1"));

        Assert.Equal(
            ["GET https://api.test/gateway/v2/pre-recorded/ab%C3%A9%3A1", "GET https://api.test/gateway/v2/pre-recorded/ab%C3%A9%3A1/file", "DELETE https://api.test/gateway/v2/pre-recorded/ab%C3%A9%3A1"],
            handler.Seen.Select(s => s.Method + " " + s.Uri.AbsoluteUri));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../admin")]
    [InlineData("a/b")]
    public async Task A_rejected_id_sends_nothing_and_is_a_Left(string id)
    {
        var handler = Ok();
        using var client = Clients.On(handler);
        var jobs = client.PreRecorded();

        LeftOf<Job, PreRecordedError.InvalidArgument>(await jobs.GetAsync(id));
        LeftOf<byte[], PreRecordedError.InvalidArgument>(await jobs.GetFileAsync(id));
        LeftOf<LanguageExt.Unit, PreRecordedError.InvalidArgument>(await jobs.DeleteAsync(id));
        LeftOf<long, PreRecordedError.InvalidArgument>(await jobs.DownloadFileToPathAsync(id, Path.Combine(Path.GetTempPath(), "never.wav")));
        Assert.Equal(0, handler.Count);
    }

    [Fact]
    public async Task Every_request_carries_the_version_header()
    {
        var handler = Ok();
        using var client = Clients.On(handler, o => o.VersionHeader = "SdkDotnet/test");

        RightOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.Equal("SdkDotnet/test", Assert.Single(handler.Seen).Version);
    }

    [Fact]
    public void The_default_version_header_names_the_dotnet_sdk_and_a_release()
    {
        var header = new GladiaClientOptions().VersionHeader;
        Assert.StartsWith("SdkDotnet/", header, StringComparison.Ordinal);
        Assert.DoesNotContain("+", header, StringComparison.Ordinal);
    }
}
