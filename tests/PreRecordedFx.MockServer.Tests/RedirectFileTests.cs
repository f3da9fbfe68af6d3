using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>The opt-in production-like mode: the file endpoint answers 302 to a signed, short-lived storage link.</summary>
#pragma warning disable CA1001 // xunit disposes the host through IAsyncLifetime.DisposeAsync.
public sealed class RedirectFileTests : IAsyncLifetime
#pragma warning restore CA1001
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero));
    private MockServerFactory mock = null!;
    private HttpClient noRedirects = null!;
    private string jobId = null!;

    public async Task InitializeAsync()
    {
        mock = new MockServerFactory(new MockServerOptions { Jobs = 30, RedirectFiles = true, SignedUrlLifetimeSeconds = 60 }, clock);
        noRedirects = mock.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        noRedirects.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);
        jobId = (await noRedirects.AllJobs())
            .First(j => j.GetProperty("status").GetString() == "done" && j.GetProperty("file").GetProperty("audio_duration").GetDouble() < 60)
            .Id();
    }

    public async Task DisposeAsync()
    {
        noRedirects.Dispose();
        await mock.DisposeAsync();
    }

    private async Task<Uri> Location()
    {
        using var response = await noRedirects.GetAsync(Wire.Jobs + "/" + jobId + "/file");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    [Fact]
    public async Task The_file_endpoint_redirects_to_a_signed_link_on_the_mock_itself()
    {
        var location = await Location();
        Assert.True(location.IsAbsoluteUri);
        Assert.Equal("localhost", location.Host);
        Assert.Equal("/storage/" + jobId, location.AbsolutePath);
        var expires = clock.Now.AddSeconds(60).ToUnixTimeSeconds();
        Assert.Matches($"^\\?expires={expires}&signature=[0-9a-f]{{64}}$", location.Query);
    }

    [Fact]
    public async Task The_signed_link_serves_the_wav_without_an_api_key()
    {
        using var anonymous = mock.CreateClient();
        using var response = await anonymous.GetAsync(await Location());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RIFF"u8.ToArray(), (await response.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task A_client_that_follows_redirects_gets_the_audio()
    {
        using var client = mock.CreateAuthorizedClient();
        using var response = await client.GetAsync(Wire.Jobs + "/" + jobId + "/file");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_tampered_signature_is_refused_with_403()
    {
        var location = (await Location()).ToString();
        var last = location[^1] == '0' ? '1' : '0';
        using var anonymous = mock.CreateClient();
        using var response = await anonymous.GetAsync(location[..^1] + last);
        await Wire.AssertGladiaError(response, 403, "/storage/" + jobId);
    }

    [Fact]
    public async Task A_signature_for_another_job_or_a_later_expiry_is_refused()
    {
        var location = await Location();
        using var anonymous = mock.CreateClient();
        var otherJob = location.ToString().Replace(jobId, "00000000-0000-4000-8000-000000000000", StringComparison.Ordinal);
        using var forOther = await anonymous.GetAsync(otherJob);
        Assert.Equal(HttpStatusCode.Forbidden, forOther.StatusCode);

        var expires = clock.Now.AddSeconds(60).ToUnixTimeSeconds();
        var extended = location.ToString().Replace("expires=" + expires, "expires=" + (expires + 3600), StringComparison.Ordinal);
        using var later = await anonymous.GetAsync(extended);
        Assert.Equal(HttpStatusCode.Forbidden, later.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?expires=abc&signature=00")]
    [InlineData("?signature=zz")]
    public async Task A_storage_request_without_a_valid_signature_is_refused(string query)
    {
        using var anonymous = mock.CreateClient();
        using var response = await anonymous.GetAsync("/storage/" + jobId + query);
        await Wire.AssertGladiaError(response, 403, "/storage/" + jobId);
    }

    [Fact]
    public async Task An_expired_link_is_refused_with_403()
    {
        var location = await Location();
        clock.Advance(TimeSpan.FromSeconds(61));
        using var anonymous = mock.CreateClient();
        using var response = await anonymous.GetAsync(location);
        await Wire.AssertGladiaError(response, 403, "/storage/" + jobId);
        using var body = await response.Body();
        Assert.Equal("Request has expired", body.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_link_to_a_deleted_job_answers_404()
    {
        var location = await Location();
        using var deleted = await noRedirects.DeleteAsync(Wire.Jobs + "/" + jobId);
        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        using var anonymous = mock.CreateClient();
        using var response = await anonymous.GetAsync(location);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
