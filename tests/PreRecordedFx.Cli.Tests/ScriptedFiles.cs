using System.Net;
using System.Text;

namespace PreRecordedFx.Cli.Tests;

/// <summary>A server that ignores <c>Range</c>: the header is removed before the mock sees it, so it answers 200 with the whole file.</summary>
public sealed class RangeIgnored(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public int RangesAsked { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Range is not null)
        {
            RangesAsked++;
            request.Headers.Range = null;
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Cuts every audio body off after <paramref name="bytes"/> bytes (a connection lost mid-download).</summary>
public sealed class CutFiles(HttpMessageHandler inner, int bytes) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (!request.RequestUri!.AbsolutePath.EndsWith("/file", StringComparison.Ordinal) || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var whole = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var cut = new StreamContent(new CutStream(whole[..Math.Min(bytes, whole.Length)]));
        foreach (var header in response.Content.Headers)
        {
            cut.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        response.Content = cut;
        return response;
    }

    private sealed class CutStream(byte[] head) : MemoryStream(head)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("connection reset by peer");
        }
    }
}

/// <summary>Adds a member this library does not know to every job the API returns by id.</summary>
public sealed class FutureMembers(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    public const string Member = "\"from_the_future\":{\"answer\":42},";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.Method != HttpMethod.Get || request.RequestUri!.AbsolutePath.Split('/').Length != 4 || !response.IsSuccessStatusCode)
        {
            return response;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Content = new StringContent("{" + Member + body[1..], Encoding.UTF8, "application/json");
        return response;
    }
}
