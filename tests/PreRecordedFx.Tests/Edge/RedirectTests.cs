using System.Net;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class RedirectTests
{
    [Fact]
    public async Task A_redirect_loop_is_a_transport_failure_and_is_not_retried()
    {
        var handler = new ScriptedHandler((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/file", StringComparison.Ordinal)
            ? Wire.Redirect("https://storage.other/a")
            : Wire.Redirect(request.RequestUri.AbsolutePath == "/a" ? "https://storage.other/b" : "https://storage.other/a"));
        using var client = Clients.On(handler);

        var error = LeftOf<byte[], PreRecordedError.TransportFailure>(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Contains("loop", error.Reason, StringComparison.Ordinal);
        Assert.Equal(3, handler.Count); // file, a, b — then b points back at a
    }

    [Fact]
    public async Task More_redirects_than_allowed_is_a_transport_failure()
    {
        var handler = new ScriptedHandler((request, n) => Wire.Redirect($"https://storage.other/hop{n}"));
        using var client = Clients.On(handler, o => o.MaxRedirects = 2);

        var error = LeftOf<byte[], PreRecordedError.TransportFailure>(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Contains("more than 2 redirects", error.Reason, StringComparison.Ordinal);
        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task MaxRedirects_hops_are_followed()
    {
        var handler = new ScriptedHandler((request, n) => n <= 2 ? Wire.Redirect($"https://storage.other/hop{n}") : Wire.Audio([1]));
        using var client = Clients.On(handler, o => o.MaxRedirects = 2);

        RightOf(await client.PreRecorded().GetFileAsync("job-1"));
    }

    [Theory]
    [InlineData("http://storage.other/plain")]
    [InlineData("ftp://storage.other/file")]
    public async Task A_downgrade_or_a_foreign_scheme_is_refused(string location)
    {
        var handler = new ScriptedHandler((request, _) => Wire.Redirect(location));
        using var client = Clients.On(handler);

        LeftOf<byte[], PreRecordedError.TransportFailure>(await client.PreRecorded().GetFileAsync("job-1"));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_delete_is_never_redirected()
    {
        var handler = new ScriptedHandler((request, _) => Wire.Redirect("https://api.test/elsewhere", HttpStatusCode.TemporaryRedirect));
        using var client = Clients.On(handler);

        var error = LeftOf<LanguageExt.Unit, PreRecordedError.ServiceError>(await client.PreRecorded().DeleteAsync("job-1"));

        Assert.Equal(307, error.StatusCode);
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task A_delete_redirected_to_a_signed_link_does_not_quote_the_signature_in_its_error()
    {
        const string Signed = "https://storage.test/jobs/job-1?X-Amz-Expires=300&X-Amz-Signature=0f1e2d3c4b5a";
        var handler = new ScriptedHandler((request, _) =>
        {
            var response = Wire.Redirect(Signed, HttpStatusCode.TemporaryRedirect);
            response.Content = new StringContent($"Temporary Redirect. Redirecting to {Signed}");
            return response;
        });
        using var client = Clients.On(handler);

        var error = LeftOf<LanguageExt.Unit, PreRecordedError.ServiceError>(await client.PreRecorded().DeleteAsync("job-1"));

        Assert.Equal(307, error.StatusCode);
        Assert.Contains("https://storage.test/jobs/job-1?***", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0f1e2d3c4b5a", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_without_location_is_an_error_of_its_status()
    {
        var handler = new ScriptedHandler((request, _) => new HttpResponseMessage(HttpStatusCode.Found));
        using var client = Clients.On(handler);

        Assert.Equal(302, LeftOf(await client.PreRecorded().GetFileAsync("job-1")).Code);
    }
}
