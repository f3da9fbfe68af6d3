using System.Net;

namespace PreRecordedFx.Tests;

/// <summary>The redirect handler alone, under an invoker: which rule refuses a hop, and what a hop carries over.</summary>
public sealed class RedirectHandlerTests
{
    private static HttpMessageInvoker Invoker(ScriptedHandler inner, int maxRedirects = 3) =>
        new(new RedirectHandler(maxRedirects) { InnerHandler = inner });

    [Theory]
    [InlineData("https://api.test/a", "ftp://storage.other/file", "redirect to unsupported scheme 'ftp'")]
    [InlineData("https://api.test/a", "http://storage.other/plain", "redirect from https to http")]
    [InlineData("https://api.test/a", "/a", "redirect loop at https://api.test/a")]
    public async Task Each_refusal_names_its_rule(string from, string location, string reason)
    {
        using var invoker = Invoker(new ScriptedHandler((request, _) => Wire.Redirect(location)));
        using var request = new HttpRequestMessage(HttpMethod.Get, from);

        var refused = await Assert.ThrowsAsync<RedirectRefusedException>(() => invoker.SendAsync(request, CancellationToken.None));

        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_http_may_go_to_https_and_a_relative_location_is_resolved_against_the_current_hop()
    {
        var inner = new ScriptedHandler((request, n) => n switch
        {
            1 => Wire.Redirect("https://storage.other/dir/a"),
            2 => Wire.Redirect("b", HttpStatusCode.TemporaryRedirect),
            _ => Wire.Audio([7]),
        });
        using var invoker = Invoker(inner);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://api.test/file");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["http://api.test/file", "https://storage.other/dir/a", "https://storage.other/dir/b"],
            inner.Seen.Select(seen => seen.Uri.AbsoluteUri));
    }

    [Fact]
    public async Task A_hop_keeps_the_requests_version_and_range_and_is_marked_as_a_hop()
    {
        var marked = new List<bool>();
        var ranges = new List<string?>();
        var versions = new List<(Version, HttpVersionPolicy)>();
        var inner = new ScriptedHandler((request, n) =>
        {
            versions.Add((request.Version, request.VersionPolicy));
            marked.Add(request.Options.TryGetValue(RedirectHandler.Hop, out var hop) && hop);
            ranges.Add(request.Headers.Range?.ToString());
            return n == 1 ? Wire.Redirect("https://storage.other/a") : Wire.Audio([1]);
        });
        using var invoker = Invoker(inner);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/file")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(100, null);

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.Equal([(HttpVersion.Version20, HttpVersionPolicy.RequestVersionOrLower)], versions.Distinct());
        Assert.Equal(2, versions.Count);
        Assert.Equal([false, true], marked);
        Assert.Equal(["bytes=100-", "bytes=100-"], ranges);
    }

    [Fact]
    public async Task A_redirect_is_disposed_before_the_next_hop()
    {
        var first = Wire.Redirect("https://storage.other/a");
        var disposed = new TrackedContent();
        first.Content = disposed;
        using var invoker = Invoker(new ScriptedHandler((request, n) => n == 1 ? first : Wire.Audio([1])));
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.test/file");

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        Assert.True(disposed.IsDisposed);
    }

    private sealed class TrackedContent : ByteArrayContent
    {
        public TrackedContent()
            : base([])
        {
        }

        public bool IsDisposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            IsDisposed = true;
            base.Dispose(disposing);
        }
    }
}
