using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

/// <summary>The key never shows: not in ToString, not in errors, not in logs.</summary>
public class SecrecyTests
{
    [Fact]
    public void Options_ToString_masks_the_key()
    {
        var options = Clients.Options();

        var text = options.ToString();

        Assert.DoesNotContain(Clients.Key, text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = ***", text, StringComparison.Ordinal);
        Assert.Contains("BaseUrl = https://api.test/", text, StringComparison.Ordinal);
        Assert.Contains("ApiKey = (missing)", Clients.Options(o => o.ApiKey = null).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Client_and_jobs_ToString_do_not_show_the_key()
    {
        using var client = Clients.On(new ScriptedHandler((request, _) => Wire.Json(Wire.JobJson())));

        Assert.Equal("GladiaClient(https://api.test/)", client.ToString());
        Assert.Equal("PreRecordedJobs(https://api.test/)", client.PreRecorded().ToString());
    }

    [Fact]
    public async Task A_transport_message_that_echoes_the_key_is_scrubbed()
    {
        using var client = Clients.On(
            new ScriptedHandler(HttpResponseMessage (HttpRequestMessage request, int n) => throw new HttpRequestException("proxy rejected header x-gladia-key: " + Clients.Key)),
            o => o.Retry.MaxRetries = 0);

        var error = LeftOf(await client.PreRecorded().GetAsync("job-1"));

        Assert.DoesNotContain(Clients.Key, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Clients.Key, new PreRecordedException(error).ToString(), StringComparison.Ordinal);
        Assert.Contains("***", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_show_method_target_and_status_but_never_the_key_or_a_signed_query()
    {
        var collector = new FakeLogCollector();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(new FakeLoggerProvider(collector)).SetMinimumLevel(LogLevel.Trace));
        var handler = new ScriptedHandler((request, n) => n switch
        {
            1 => Wire.Status(HttpStatusCode.ServiceUnavailable),
            2 => Wire.Redirect("https://storage.other/blob?signature=s3cr3t-sig"),
            3 => Wire.Audio([1, 2]),
            _ => throw new HttpRequestException("reset " + Clients.Key),
        });
        using var client = Clients.Logged(handler, loggerFactory, o => o.Retry.MaxRetries = 1);

        RightOf(await client.PreRecorded().GetFileAsync("job-1"));
        LeftOf(await client.PreRecorded().GetAsync("job-2"));

        var lines = collector.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains("HTTP GET /v2/pre-recorded/job-1/file answered 503", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith("HTTP GET https://storage.other/blob answered 200", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("failed after", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain(Clients.Key, line, StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain("s3cr3t-sig", line, StringComparison.Ordinal));
    }
}
