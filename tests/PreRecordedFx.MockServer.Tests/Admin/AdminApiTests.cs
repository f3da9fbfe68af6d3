using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace PreRecordedFx.MockServer.Tests.Admin;

/// <summary>The admin API under <c>/__admin</c>: reset, the request journal, loaded jobs and faults changed while running.</summary>
public sealed class AdminApiTests
{
    private const string NewId = "0a1b2c3d-0000-4000-8000-00000000abcd";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> DoneJobId(HttpClient client) =>
        (await client.AllJobs()).First(j => j.GetProperty("status").GetString() == "done").Id();

    private static async Task<List<JsonElement>> Journal(HttpClient client)
    {
        using var body = await client.Json("/__admin/requests");
        return [.. body.RootElement.Clone().EnumerateArray()];
    }

    [Fact]
    public async Task Reset_brings_deleted_jobs_back_and_restarts_the_call_ids()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 20 });
        using var client = mock.CreateAuthorizedClient();
        using var firstRequest = await client.GetAsync(Wire.Jobs);
        var firstCallId = firstRequest.Headers.GetValues("x-aipi-call-id").Single();
        var id = await DoneJobId(client);
        var job = await client.GetByteArrayAsync(Wire.Jobs + "/" + id);
        using (var deleted = await client.DeleteAsync(Wire.Jobs + "/" + id))
        {
            Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        }

        using var reset = await client.PostAsync("/__admin/reset", null);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        using var afterReset = await client.GetAsync(Wire.Jobs);
        Assert.Equal(firstCallId, afterReset.Headers.GetValues("x-aipi-call-id").Single());
        Assert.Equal(job, await client.GetByteArrayAsync(Wire.Jobs + "/" + id));
    }

    [Fact]
    public async Task The_journal_lists_what_was_sent_oldest_first_with_status_and_size()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 30 });
        using var client = mock.CreateAuthorizedClient();
        var done = (await client.AllJobs()).Where(j => j.GetProperty("status").GetString() == "done").Take(3).Select(j => j.Id()).ToList();
        using (await client.DeleteAsync("/__admin/requests"))
        {
        }

        foreach (var id in done)
        {
            using var deleted = await client.DeleteAsync(Wire.Jobs + "/" + id);
        }

        using var missing = await client.GetAsync(Wire.Jobs + "?limit=2&status=done");

        var journal = await Journal(client);
        Assert.Equal(4, journal.Count);
        Assert.Equal(done.Select(id => "DELETE " + Wire.Jobs + "/" + id), journal.Take(3).Select(e => e.GetProperty("method").GetString() + " " + e.GetProperty("path").GetString()));
        Assert.All(journal.Take(3), e => Assert.Equal(202, e.GetProperty("status").GetInt32()));
        var list = journal[3];
        Assert.Equal(Wire.Jobs + "?limit=2&status=done", list.GetProperty("path").GetString());
        Assert.Equal(missing.Content.Headers.ContentLength, list.GetProperty("size").GetInt64());
        Assert.True(list.GetProperty("duration_ms").GetDouble() >= 0);
        Assert.True(list.GetProperty("time").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Clearing_the_journal_empties_it_and_admin_requests_are_never_journaled()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        using (await client.GetAsync(Wire.Jobs))
        {
        }

        Assert.Single(await Journal(client));
        using var cleared = await client.DeleteAsync("/__admin/requests");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        using (await client.GetAsync("/__admin/faults"))
        {
        }

        Assert.Empty(await Journal(client));
        Assert.Empty(mock.Requests);
    }

    [Fact]
    public async Task The_journal_keeps_only_the_last_journal_size_requests()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, JournalSize = 3 });
        using var client = mock.CreateAuthorizedClient();
        for (var offset = 0; offset < 5; offset++)
        {
            using var page = await client.GetAsync(Wire.Jobs + "?offset=" + offset);
        }

        Assert.Equal(["?offset=2", "?offset=3", "?offset=4"], mock.Requests.Select(e => e.Path[Wire.Jobs.Length..]));
    }

    [Fact]
    public async Task The_journal_never_holds_a_key_nor_a_storage_signature()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 10, ApiKey = "secret-api-key-1", AdminKey = "secret-admin-key-2" });
        using var client = mock.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("x-gladia-key", "secret-api-key-1");
        using (await client.GetAsync(Wire.Jobs + "?custom_metadata[k]=secret-api-key-1&x=secret-admin-key-2"))
        {
        }

        using (await client.GetAsync("/storage/abc?expires=1&signature=deadbeef"))
        {
        }

        var journal = string.Join("\n", mock.Requests.Select(e => e.ToString()));
        Assert.DoesNotContain("secret-api-key-1", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-admin-key-2", journal, StringComparison.Ordinal);
        Assert.DoesNotContain("deadbeef", journal, StringComparison.Ordinal);
        Assert.Contains("custom_metadata[k]=***", journal, StringComparison.Ordinal);
        Assert.Contains("/storage/abc", journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_key_guards_the_admin_api_which_never_needs_the_gladia_key()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, AdminKey = "let-me-in" });
        using var anonymous = mock.CreateClient();
        using var refused = await anonymous.PostAsync("/__admin/reset", null);
        await Wire.AssertGladiaError(refused, 401, "/__admin/reset");

        anonymous.DefaultRequestHeaders.Add("x-admin-key", "let-me-in");
        using var accepted = await anonymous.PostAsync("/__admin/reset", null);
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
    }

    [Fact]
    public async Task Without_an_admin_key_the_admin_api_is_open()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var anonymous = mock.CreateClient();
        using var faults = await anonymous.GetAsync("/__admin/faults");
        Assert.Equal(HttpStatusCode.OK, faults.StatusCode);
        using var api = await anonymous.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task A_loaded_job_is_served_byte_for_byte_listed_and_has_generated_audio()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var template = (await client.AllJobs()).First(j => j.GetProperty("status").GetString() == "done");
        var json = "{\"extra_production_member\": 1,  " + template.GetRawText().Replace(template.Id(), NewId, StringComparison.Ordinal)[1..];

        using var put = await client.PutAsync("/__admin/jobs/" + NewId, Json(json));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        using var replaced = await client.PutAsync("/__admin/jobs/" + NewId, Json(json));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        Assert.Equal(json, await client.GetStringAsync(Wire.Jobs + "/" + NewId));
        Assert.Contains(await client.AllJobs(), j => j.Id() == NewId);
        using var file = await client.GetAsync(Wire.Jobs + "/" + NewId + "/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var duration = template.GetProperty("file").GetProperty("audio_duration").GetDouble();
        Assert.Equal(44 + (2L * template.GetProperty("file").GetProperty("number_of_channels").GetInt32() * (long)Math.Round(duration * 16_000)), file.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("{\"id\": \"" + NewId + "\"}", "request_id")]
    [InlineData("{\"id\": \"" + NewId + "\", \"request_id\": \"G-0a1b2c3d\", \"version\": 2, \"status\": \"done\", \"created_at\": \"yesterday\"}", "created_at")]
    [InlineData("[1, 2]", "JSON")]
    [InlineData("not json", "")]
    public async Task A_malformed_job_is_a_400_naming_the_problem(string json, string named)
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateClient();
        using var put = await client.PutAsync("/__admin/jobs/" + NewId, Json(json));
        await Wire.AssertGladiaError(put, 400, "/__admin/jobs/" + NewId);
        using var body = await put.Body();
        var problem = Assert.Single(body.RootElement.GetProperty("validation_errors").EnumerateArray()).GetString();
        Assert.Contains(named, problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => mock.PutJob(json));
    }

    [Fact]
    public async Task A_job_whose_id_differs_from_the_path_is_refused()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var template = (await client.AllJobs())[0];
        using var put = await client.PutAsync("/__admin/jobs/" + NewId, Json(template.GetRawText()));
        await Wire.AssertGladiaError(put, 400, "/__admin/jobs/" + NewId);
    }

    [Fact]
    public async Task Removing_a_job_makes_it_unknown_until_a_reset()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var id = (await client.AllJobs())[0].Id();

        using var removed = await client.DeleteAsync("/__admin/jobs/" + id);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var gone = await client.GetAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await client.DeleteAsync("/__admin/jobs/" + id);
        await Wire.AssertGladiaError(again, 404, "/__admin/jobs/" + id);

        mock.Reset();
        Assert.Contains(await client.AllJobs(), j => j.Id() == id);
    }

    [Fact]
    public async Task Faults_changed_while_running_apply_at_once_and_reset_restores_the_configured_ones()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        using var put = await client.PutAsync("/__admin/faults", Json("{\"error_rate\": 1}"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        using var failing = await client.GetAsync(Wire.Jobs);
        Assert.True((int)failing.StatusCode is 500 or 502 or 503);

        mock.Reset();
        Assert.Equal(0, mock.Faults.ErrorRate);
        using var healthy = await client.GetAsync(Wire.Jobs);
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Theory]
    [InlineData("{\"error_rat\": 1}")]
    [InlineData("{\"error_rate\": 2}")]
    [InlineData("{\"error_rate\": \"high\"}")]
    [InlineData("{\"one_shots\": [{\"path\": \"v2\", \"status\": 99}]}")]
    [InlineData("")]
    public async Task Invalid_fault_settings_are_a_400_and_change_nothing(string json)
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        using var put = await client.PutAsync("/__admin/faults", Json(json));
        await Wire.AssertGladiaError(put, 400, "/__admin/faults");
        Assert.Equal(mock.Options.Faults, mock.Faults with { OneShots = mock.Options.Faults.OneShots });
        Assert.Empty(mock.Faults.OneShots);
    }

    [Fact]
    public async Task A_one_shot_fault_hits_only_the_next_matching_requests()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var id = (await client.AllJobs())[0].Id();
        using var armed = await client.PostAsync(
            "/__admin/faults/one-shots",
            Json("{\"method\": \"GET\", \"path\": \"/v2/pre-recorded/*\", \"status\": 429, \"retry_after\": 7, \"count\": 2}"));
        Assert.Equal(HttpStatusCode.Created, armed.StatusCode);

        using var list = await client.GetAsync(Wire.Jobs);
        using var delete = await client.DeleteAsync(Wire.Jobs + "/" + Guid.Empty);
        using var first = await client.GetAsync(Wire.Jobs + "/" + id);
        using var second = await client.GetAsync(Wire.Jobs + "/" + id);
        using var third = await client.GetAsync(Wire.Jobs + "/" + id);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        await Wire.AssertGladiaError(first, 429, Wire.Jobs + "/" + id);
        Assert.Equal("7", second.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Empty(mock.Faults.OneShots);
    }

    [Fact]
    public async Task A_one_shot_fault_can_send_its_own_body_or_a_truncated_answer()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var id = (await client.AllJobs())[0].Id();
        var whole = await client.GetByteArrayAsync(Wire.Jobs + "/" + id);
        mock.SetFaults(new FaultSettings
        {
            OneShots =
            [
                new OneShotFault { Path = Wire.Jobs + "/" + id, Status = 502, Body = "{\"upstream\":\"down\"}" },
                new OneShotFault { Path = Wire.Jobs + "/" + id, Truncate = true },
            ],
        });

        using var custom = await client.GetAsync(Wire.Jobs + "/" + id);
        Assert.Equal(HttpStatusCode.BadGateway, custom.StatusCode);
        Assert.Equal("{\"upstream\":\"down\"}", await custom.Content.ReadAsStringAsync());
        var cut = await client.GetByteArrayAsync(Wire.Jobs + "/" + id);
        Assert.Equal(whole[..(whole.Length / 2)], cut);
        Assert.Equal(whole, await client.GetByteArrayAsync(Wire.Jobs + "/" + id));
    }

    [Fact]
    public async Task The_factory_refuses_invalid_faults_with_the_reason()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        var error = Assert.Throws<ArgumentException>(() => mock.AddOneShotFault(new OneShotFault { Count = 0 }));
        Assert.Contains("Count must be 1 or more", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => mock.SetFaults(new FaultSettings { TruncateRate = -1 }));
    }

    [Fact]
    public async Task The_factory_loads_a_job_and_reports_its_id()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var template = (await client.AllJobs())[0];
        var id = mock.PutJob(template.GetRawText().Replace(template.Id(), NewId, StringComparison.Ordinal));
        Assert.Equal(NewId, id);
        Assert.True(mock.RemoveJob(NewId));
        Assert.False(mock.RemoveJob(NewId));
    }
}
