using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PreRecordedFx.MockServer.Tests.Live;

/// <summary>The admin API and the injected faults cover live sessions as they do jobs.</summary>
public sealed class LiveAdminTests
{
    private const string NewId = "0a1b2c3d-0000-4000-8000-0000000011fe";

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> Done(HttpClient client) =>
        (await client.AllLive()).First(s => s.GetProperty("status").GetString() == "done");

    [Fact]
    public async Task Reset_brings_deleted_and_removed_sessions_back_byte_for_byte()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var before = (await client.AllLive()).Select(s => s.GetRawText()).ToList();
        var done = await Done(client);
        var removed = (await client.AllLive())[0].Id();
        using (var deleted = await client.DeleteAsync(Wire.Live + "/" + done.Id()))
        {
            Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        }

        Assert.True(mock.RemoveLiveSession(removed));
        Assert.False(mock.RemoveLiveSession(removed));
        Assert.Equal(before.Count - 2, (await client.AllLive()).Count);

        using var reset = await client.PostAsync("/__admin/reset", null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(before, (await client.AllLive()).Select(s => s.GetRawText()));
    }

    [Fact]
    public async Task The_journal_records_live_calls_with_their_status_and_masks_secrets()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, ApiKey = "secret-api-key-1", RedirectFiles = true });
        using var client = mock.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("x-gladia-key", "secret-api-key-1");
        var id = (await client.AllLive()).First(s => s.GetProperty("status").GetString() == "done").Id();
        mock.ClearRequests();

        string signature;
        using (await client.GetAsync(Wire.Live + "?custom_metadata[userId]=secret-api-key-1"))
        using (await client.GetAsync(Wire.Live + "/" + id))
        using (var redirect = await client.GetAsync(Wire.Live + "/" + id + "/file"))
        using (await client.GetAsync(redirect.Headers.Location))
        using (await client.DeleteAsync(Wire.Live + "/" + id))
        {
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
            signature = System.Web.HttpUtility.ParseQueryString(redirect.Headers.Location!.Query)["signature"]!;
        }

        var journal = mock.Requests;
        Assert.Equal(
            ["GET /v2/live", $"GET /v2/live/{id}", $"GET /v2/live/{id}/file", $"GET /storage/{id}", $"DELETE /v2/live/{id}"],
            journal.Select(e => $"{e.Method} {e.Path.Split('?')[0]}"));
        Assert.Equal([200, 200, 302, 200, 202], journal.Select(e => e.Status));
        var text = string.Join("\n", journal.Select(e => e.ToString()));
        Assert.Equal(64, signature.Length);
        Assert.DoesNotContain(signature, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-api-key-1", text, StringComparison.Ordinal);
        Assert.Contains("custom_metadata[userId]=***", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loaded_session_is_served_byte_for_byte_listed_and_has_generated_audio()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var template = await Done(client);
        var json = "{\"extra_production_member\": 1,  " + template.GetRawText().Replace(template.Id(), NewId, StringComparison.Ordinal)[1..];

        using var put = await client.PutAsync("/__admin/live/" + NewId, Json(json));
        using var replaced = await client.PutAsync("/__admin/live/" + NewId, Json(json));

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(json, await client.GetStringAsync(Wire.Live + "/" + NewId));
        Assert.Contains(await client.AllLive(), s => s.Id() == NewId);
        Assert.DoesNotContain(await client.AllJobs(), j => j.Id() == NewId);
        using var file = await client.GetAsync(Wire.Live + "/" + NewId + "/file");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("audio/wav", file.Content.Headers.ContentType!.MediaType);

        mock.Reset();
        Assert.DoesNotContain(await client.AllLive(), s => s.Id() == NewId);
    }

    [Fact]
    public async Task The_factory_loads_a_session_and_refuses_a_malformed_one()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var template = await Done(client);

        Assert.Equal(NewId, mock.PutLiveSession(template.GetRawText().Replace(template.Id(), NewId, StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Wire.Live + "/" + NewId)).StatusCode);
        var problem = Assert.Throws<ArgumentException>(() => mock.PutLiveSession("{\"id\": \"" + NewId + "\"}"));
        Assert.Contains("request_id", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_of_the_other_kind_is_refused_on_each_admin_path()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var session = await Done(client);
        var job = (await client.AllJobs()).First(j => j.GetProperty("status").GetString() == "done");

        using var sessionAsJob = await client.PutAsync("/__admin/jobs/" + session.Id(), Json(session.GetRawText()));
        using var jobAsSession = await client.PutAsync("/__admin/live/" + job.Id(), Json(job.GetRawText()));
        using var otherId = await client.PutAsync("/__admin/live/" + NewId, Json(session.GetRawText()));

        await Wire.AssertGladiaError(sessionAsJob, 400, "/__admin/jobs/" + session.Id());
        await Wire.AssertGladiaError(jobAsSession, 400, "/__admin/live/" + job.Id());
        await Wire.AssertGladiaError(otherId, 400, "/__admin/live/" + NewId);
        using var body = await sessionAsJob.Body();
        Assert.Contains("/__admin/live/", body.RootElement.GetProperty("validation_errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Wire.Jobs + "/" + session.Id())).StatusCode);
    }

    [Fact]
    public async Task Removing_a_session_through_the_admin_api_is_a_204_then_a_404()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var id = (await client.AllLive())[0].Id();

        using var removed = await client.DeleteAsync("/__admin/live/" + id);
        using var again = await client.DeleteAsync("/__admin/live/" + id);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await Wire.AssertGladiaError(again, 404, "/__admin/live/" + id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Wire.Live + "/" + id)).StatusCode);
    }

    [Fact]
    public async Task A_one_shot_fault_on_live_paths_hits_live_calls_only()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5 });
        using var client = mock.CreateAuthorizedClient();
        var id = (await client.AllLive())[0].Id();
        mock.AddOneShotFault(new OneShotFault { Method = "GET", Path = "/v2/live/*", Status = 429, RetryAfter = 3, Count = 1 });

        using var jobs = await client.GetAsync(Wire.Jobs);
        using var limited = await client.GetAsync(Wire.Live + "/" + id);
        using var after = await client.GetAsync(Wire.Live + "/" + id);

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        await Wire.AssertGladiaError(limited, 429, Wire.Live + "/" + id);
        Assert.Equal("3", limited.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Configured_faults_and_the_key_check_apply_to_live_calls()
    {
        await using var failing = new MockServerFactory(new MockServerOptions { Jobs = 5, ErrorRate = 1 });
        using var client = failing.CreateAuthorizedClient();
        using var anonymous = failing.CreateClient();

        using var failed = await client.GetAsync(Wire.Live);
        using var unauthorized = await anonymous.GetAsync(Wire.Live);

        Assert.True((int)failed.StatusCode is 500 or 502 or 503);
        await Wire.AssertGladiaError(unauthorized, 401, Wire.Live);
    }

    [Fact]
    public async Task In_redirect_mode_a_sessions_file_is_a_302_to_a_signed_link_that_serves_its_audio()
    {
        await using var mock = new MockServerFactory(new MockServerOptions { Jobs = 5, RedirectFiles = true });
        using var client = mock.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
        var id = (await Done(client)).Id();

        using var redirect = await client.GetAsync(Wire.Live + "/" + id + "/file");
        using var anonymous = mock.CreateClient();
        using var audio = await anonymous.GetAsync(redirect.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/storage/" + id + "?", redirect.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, audio.StatusCode);
        Assert.Equal("RIFF", Encoding.ASCII.GetString((await audio.Content.ReadAsByteArrayAsync())[..4]));
    }
}
