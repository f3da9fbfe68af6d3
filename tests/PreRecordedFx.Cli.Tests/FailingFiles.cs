using System.Net;
using System.Text;

namespace PreRecordedFx.Cli.Tests;

/// <summary>
/// Fails the audio download of chosen jobs (503, as Gladia's storage can, or 404 when the audio is gone) and passes
/// everything else to the mock. The mock's own faults hit requests by count, not by job, so a test cannot aim them at
/// one job's download.
/// </summary>
public sealed class FailingFiles(HttpMessageHandler inner, HttpStatusCode status, params string[] jobIds) : DelegatingHandler(inner)
{
    public FailingFiles(HttpMessageHandler inner, params string[] jobIds)
        : this(inner, HttpStatusCode.ServiceUnavailable, jobIds)
    {
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (jobIds.Any(id => path.EndsWith($"/{id}/file", StringComparison.Ordinal)))
        {
            var body = $$"""{"timestamp":"2026-09-10T10:45:00.000Z","path":"/v2/pre-recorded","request_id":"G-00000000","statusCode":{{(int)status}},"message":"storage unavailable"}""";
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        }

        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>Fails every delete after the first <paramref name="allowed"/> (a connection lost mid-prune).</summary>
public sealed class DeletesCutOff(HttpMessageHandler inner, int allowed) : DelegatingHandler(inner)
{
    private int deletes;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        request.Method == HttpMethod.Delete && Interlocked.Increment(ref deletes) > allowed
            ? throw new HttpRequestException("connection lost")
            : base.SendAsync(request, cancellationToken);
}
