namespace PreRecordedFx.MockServer.Tests;

public sealed class DeterminismTests
{
    private static async Task<byte[][]> Snapshot(MockServerOptions options)
    {
        await using var mock = new MockServerFactory(options);
        using var client = mock.CreateAuthorizedClient();
        var first = await client.GetByteArrayAsync(Wire.Jobs + "?limit=100");
        var second = await client.GetByteArrayAsync(Wire.Jobs + "?offset=100&limit=100");
        using var page = await client.Json(Wire.Jobs + "?limit=100&status=done");
        var id = page.RootElement.GetProperty("items").EnumerateArray()
            .First(j => j.GetProperty("file").GetProperty("audio_duration").GetDouble() < 60).Id();
        var job = await client.GetByteArrayAsync(Wire.Jobs + "/" + id);
        var file = await client.GetByteArrayAsync(Wire.Jobs + "/" + id + "/file");
        return [first, second, job, file];
    }

    [Fact]
    public async Task Two_hosts_with_the_same_seed_answer_byte_identical_lists_jobs_and_files()
    {
        var a = await Snapshot(new MockServerOptions { Seed = 5 });
        var b = await Snapshot(new MockServerOptions { Seed = 5 });
        Assert.Equal(a.Length, b.Length);
        for (var i = 0; i < a.Length; i++)
        {
            Assert.True(a[i].AsSpan().SequenceEqual(b[i]), $"response {i} differs");
        }
    }

    [Fact]
    public async Task A_different_seed_gives_different_jobs()
    {
        var a = await Snapshot(new MockServerOptions { Seed = 5 });
        var b = await Snapshot(new MockServerOptions { Seed = 6 });
        Assert.False(a[0].AsSpan().SequenceEqual(b[0]));
        Assert.False(a[2].AsSpan().SequenceEqual(b[2]));
    }

    [Fact]
    public async Task The_reference_time_moves_every_date_with_it()
    {
        var reference = new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);
        await using var mock = new MockServerFactory(new MockServerOptions { Seed = 5, ReferenceTime = reference });
        using var client = mock.CreateAuthorizedClient();
        var all = await client.AllJobs();
        Assert.All(all, j => Assert.InRange(j.CreatedAt(), reference.AddDays(-90), reference));
    }

    [Fact]
    public async Task The_job_count_option_sets_how_many_jobs_exist()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 7 });
        using var client = mock.CreateAuthorizedClient();
        Assert.Equal(7, (await client.AllJobs()).Count);
    }

    [Fact]
    public async Task A_mock_without_jobs_lists_an_empty_page()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 0 });
        using var client = mock.CreateAuthorizedClient();
        using var page = await client.Json(Wire.Jobs);
        Assert.Equal(0, page.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, page.RootElement.GetProperty("next").ValueKind);
    }
}
