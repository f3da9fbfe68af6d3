using System.Net;

namespace PreRecordedFx;

/// <summary>
/// Follows redirects of GET requests itself (production answers the file endpoint with a 302 to signed storage).
/// <see cref="HttpClient"/>'s own redirect handling is off because it would forward <c>x-gladia-key</c> to the other
/// host; here each hop is a fresh request without it, and <see cref="ApiKeyHandler"/> (further in) adds the key back
/// only on the configured origin.
/// </summary>
internal sealed class RedirectHandler : DelegatingHandler
{
    /// <summary>Marks a hop this handler made: its link came from a server (signed storage), not from the caller.</summary>
    public static readonly HttpRequestOptionsKey<bool> Hop = new("PreRecordedFx.RedirectHop");

    private readonly int maxRedirects;

    public RedirectHandler(int maxRedirects) => this.maxRedirects = maxRedirects;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        // Most answers are not redirects: the loop's bookkeeping is only made for one that is.
        if (request.Method != HttpMethod.Get || request.RequestUri is not { IsAbsoluteUri: true } current || !IsRedirect(response.StatusCode))
        {
            return response;
        }

        var visited = new System.Collections.Generic.HashSet<Uri> { current };
        while (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location : new Uri(current, location);
            // visited.Count is the number of the hop about to be made: the first redirect is hop 1.
            var refusal = Refusal(current, target, visited.Count);
            response.Dispose();
            if (refusal is not null)
            {
                throw new RedirectRefusedException(refusal);
            }

            visited.Add(target);
            using var hop = new HttpRequestMessage(HttpMethod.Get, target) { Version = request.Version, VersionPolicy = request.VersionPolicy };
            hop.Options.Set(Hop, true);

            // A resumed download asks the storage for the rest of the file, as it asked the API.
            hop.Headers.Range = request.Headers.Range;
            response = await base.SendAsync(hop, cancellationToken).ConfigureAwait(false);
            current = target;
        }

        return response;

        string? Refusal(Uri from, Uri to, int hops) =>
            hops > maxRedirects ? $"more than {maxRedirects} redirects"
            : visited.Contains(to) ? $"redirect loop at {to.GetLeftPart(UriPartial.Path)}"
            : to.Scheme != Uri.UriSchemeHttps && to.Scheme != Uri.UriSchemeHttp ? $"redirect to unsupported scheme '{to.Scheme}'"
            : from.Scheme == Uri.UriSchemeHttps && to.Scheme == Uri.UriSchemeHttp ? "redirect from https to http"
            : null;
    }

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
