using System.Net;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>Deletes change the store, so every test hosts its own small mock.</summary>
public sealed class DeleteJobTests
{
    private static MockServerFactory NewMock() => new(new MockServerOptions { Seed = 11, Jobs = 40 });

    private static async Task<string> FirstWithStatus(HttpClient client, string status)
    {
        using var page = await client.Json(Wire.Jobs + "?limit=1&status=" + status);
        return page.RootElement.GetProperty("items")[0].Id();
    }

    [Theory]
    [InlineData("done")]
    [InlineData("error")]
    public async Task Deleting_a_finished_job_answers_202_with_an_empty_body(string status)
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstWithStatus(client, status);

        using var response = await client.DeleteAsync(Wire.Jobs + "/" + id);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.True(response.Headers.Contains("x-aipi-call-id"));
    }

    [Fact]
    public async Task A_deleted_job_is_gone_from_get_list_and_file()
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstWithStatus(client, "done");
        var before = await client.AllJobs();

        using var deleted = await client.DeleteAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);

        using var get = await client.GetAsync(Wire.Jobs + "/" + id);
        await Wire.AssertGladiaError(get, 404, Wire.Jobs + "/" + id);
        using var file = await client.GetAsync(Wire.Jobs + "/" + id + "/file");
        await Wire.AssertGladiaError(file, 404, Wire.Jobs + "/" + id + "/file");
        var after = await client.AllJobs();
        Assert.Equal(before.Select(j => j.Id()).Where(j => j != id), after.Select(j => j.Id()));
        using var filtered = await client.Json(Wire.Jobs + "?limit=100&status=done");
        Assert.DoesNotContain(id, filtered.RootElement.GetProperty("items").EnumerateArray().Select(j => j.Id()));
    }

    [Fact]
    public async Task Deleting_a_job_twice_answers_404_the_second_time()
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstWithStatus(client, "done");
        using var first = await client.DeleteAsync(Wire.Jobs + "/" + id);
        using var second = await client.DeleteAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await Wire.AssertGladiaError(second, 404, Wire.Jobs + "/" + id);
    }

    [Theory]
    [InlineData("queued")]
    [InlineData("processing")]
    public async Task A_pending_job_cannot_be_deleted_and_stays(string status)
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstWithStatus(client, status);

        using var response = await client.DeleteAsync(Wire.Jobs + "/" + id);

        await Wire.AssertGladiaError(response, 403, Wire.Jobs + "/" + id);
        using var job = await client.Json(Wire.Jobs + "/" + id);
        Assert.Equal(status, job.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Deleting_an_unknown_job_answers_404()
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        using var response = await client.DeleteAsync(Wire.Jobs + "/not-a-job");
        await Wire.AssertGladiaError(response, 404, Wire.Jobs + "/not-a-job");
    }

    [Fact]
    public async Task Of_fifty_concurrent_deletes_of_one_job_exactly_one_succeeds()
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        var id = await FirstWithStatus(client, "done");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() => client.DeleteAsync(Wire.Jobs + "/" + id))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Accepted));
        Assert.Equal(49, statuses.Count(s => s == HttpStatusCode.NotFound));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Concurrent_deletes_and_lists_never_fail_and_leave_a_consistent_store()
    {
        await using var mock = NewMock();
        using var client = mock.CreateAuthorizedClient();
        var all = await client.AllJobs();
        var finished = all.Where(j => j.GetProperty("status").GetString() is "done" or "error").Select(j => j.Id()).ToList();

        var deletes = finished.Select(id => Task.Run(() => client.DeleteAsync(Wire.Jobs + "/" + id)));
        var lists = Enumerable.Range(0, 20).Select(i => Task.Run(() => client.GetAsync(Wire.Jobs + "?limit=" + (i + 1))));
        var responses = await Task.WhenAll(deletes.Concat(lists));

        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, ((int)r.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var response in responses.Where(r => r.RequestMessage!.Method == HttpMethod.Get))
        {
            using var page = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
            Assert.Equal(JsonValueKind.Array, page.RootElement.GetProperty("items").ValueKind);
        }

        var left = await client.AllJobs();
        Assert.Equal(all.Count - finished.Count, left.Count);
        Assert.All(left, j => Assert.True(j.GetProperty("status").GetString() is "queued" or "processing"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
