using System.Net;

namespace PreRecordedFx.MockServer.Tests.Live;

/// <summary><c>DELETE /v2/live/{id}</c> follows the jobs' rule: 202 when finished, 403 while queued or processing, 404 after.</summary>
public sealed class LiveDeleteTests
{
    private static async Task<string> FirstId(HttpClient client, string status) =>
        (await client.AllLive()).First(s => s.GetProperty("status").GetString() == status).Id();

    [Theory]
    [InlineData("done")]
    [InlineData("error")]
    public async Task A_finished_session_is_deleted_once_then_gone_from_get_list_and_file(string status)
    {
        await using var mock = new MockServerFactory(new MockServerOptions());
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, status);
        var path = Wire.Live + "/" + id;

        using var deleted = await client.DeleteAsync(path);
        using var again = await client.DeleteAsync(path);
        using var get = await client.GetAsync(path);
        using var file = await client.GetAsync(path + "/file");

        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        Assert.Empty(await deleted.Content.ReadAsByteArrayAsync());
        await Wire.AssertGladiaError(again, 404, path);
        await Wire.AssertGladiaError(get, 404, path);
        await Wire.AssertGladiaError(file, 404, path + "/file");
        Assert.DoesNotContain(await client.AllLive(), s => s.Id() == id);
        Assert.Equal(200, (await client.AllJobs()).Count);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("processing")]
    public async Task A_pending_session_cannot_be_deleted(string status)
    {
        await using var mock = new MockServerFactory(new MockServerOptions());
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, status);

        using var refused = await client.DeleteAsync(Wire.Live + "/" + id);

        await Wire.AssertGladiaError(refused, 403, Wire.Live + "/" + id);
        Assert.Contains(await client.AllLive(), s => s.Id() == id);
    }

    [Fact]
    public async Task Of_concurrent_deletes_exactly_one_wins()
    {
        await using var mock = new MockServerFactory(new MockServerOptions());
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstId(client, "done");

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.DeleteAsync(Wire.Live + "/" + id)));

        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(15, answers.Count(a => a.StatusCode == HttpStatusCode.NotFound));
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    [Fact]
    public async Task Deleting_a_session_leaves_a_job_with_another_kind_untouched_and_the_reverse()
    {
        await using var mock = new MockServerFactory(new MockServerOptions());
        using var client = mock.CreateAuthorizedClient();
        var session = await FirstId(client, "done");
        var job = (await client.AllJobs()).First(j => j.GetProperty("status").GetString() == "done").Id();

        using var wrongKind = await client.DeleteAsync(Wire.Jobs + "/" + session);
        using var wrongKindBack = await client.DeleteAsync(Wire.Live + "/" + job);

        Assert.Equal(HttpStatusCode.NotFound, wrongKind.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongKindBack.StatusCode);
        Assert.Equal(20, (await client.AllLive()).Count);
        Assert.Equal(200, (await client.AllJobs()).Count);
    }
}
