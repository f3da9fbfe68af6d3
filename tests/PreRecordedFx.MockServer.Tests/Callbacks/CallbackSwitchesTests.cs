using System.Diagnostics;
using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using PreRecordedFx.MockServer.Hosting;

namespace PreRecordedFx.MockServer.Tests.Callbacks;

/// <summary>The callback switches, from the command line to a running <c>gladia-mock</c> that calls a real receiver.</summary>
public sealed class CallbackSwitchesTests
{
    [Fact]
    public void The_callback_switches_bind_onto_the_options()
    {
        var commandLine = new MockCommandLine().Parse(
            ["--webhook-url", "https://hooks.example.com/h", "--allow-remote-callbacks", "--callback-attempts", "2", "--callback-retry-delay-ms", "50"]);
        Assert.Empty(commandLine.Problems);

        var options = new ConfigurationBuilder().AddInMemoryCollection(commandLine.Settings).Build()
            .GetSection(MockServerOptions.SectionName).Get<MockServerOptions>()!;

        Assert.Equal(("https://hooks.example.com/h", true, 2, 50), (options.WebhookUrl, options.AllowRemoteCallbacks, options.CallbackAttempts, options.CallbackRetryDelayMs));
        Assert.Empty(options.Problems());
    }

    [Theory]
    [InlineData("--callback-attempts", "0", "--callback-attempts: expected an integer from 1 to 10, got '0'")]
    [InlineData("--callback-retry-delay-ms", "-5", "--callback-retry-delay-ms: expected an integer from 0 to 60000, got '-5'")]
    [InlineData("--webhook-url", "localhost:5000/hooks", "--webhook-url: expected an http:// or https:// URL, got 'localhost:5000/hooks'")]
    [InlineData("--webhook-url", "ftp://localhost/hooks", "--webhook-url: expected an http:// or https:// URL, got 'ftp://localhost/hooks'")]
    public void Bad_values_name_the_switch(string name, string value, string expected) =>
        Assert.Equal([expected], new MockCommandLine().Parse([name, value]).Problems);

    [Fact]
    public async Task A_remote_webhook_url_without_the_switch_stops_the_mock_with_one_line_and_exit_code_2()
    {
        using var mock = await MockProcess.RunToExit(["--urls", "http://127.0.0.1:0", "--jobs", "1", "--webhook-url", "https://hooks.example.com/h"]);

        Assert.Equal(2, mock.ExitCode);
        Assert.Equal(
            ["WebhookUrl must point to a loopback address (localhost, 127.0.0.1 or [::1]): the mock calls no other host unless started with --allow-remote-callbacks"],
            mock.ErrorLines);
    }

    [Fact]
    public async Task The_running_tool_calls_back_and_sends_webhooks_over_real_sockets_then_stops_cleanly()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        using var mock = MockProcess.Start(
        [
            "--urls", "http://127.0.0.1:0", "--jobs", "1", "--queued-seconds", "0", "--processing-seconds", "0",
            "--webhook-url", receiver.Origin + "/account?token=w3bhook",
        ]);
        var url = (await mock.Listening()).Split(": ", 2)[1].Trim();
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Add("x-gladia-key", MockServerOptions.DefaultApiKey);

        using var created = await client.PostAsync(Wire.Jobs, new StringContent(
            $$"""{"audio_url": "https://audio.example/a.wav", "callback": true, "callback_config": {"url": "{{receiver.Origin}}/job", "method": "PUT"} }""",
            Encoding.UTF8,
            "application/json"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var requests = await receiver.WaitFor(3);

        Assert.Equal(
            ["POST /account?token=w3bhook", "PUT /job", "POST /account?token=w3bhook"],
            requests.OrderBy(request => CallbackKit.JsonOf(request.Body).GetProperty("event").GetString() == "transcription.created" ? 0 : 1)
                .ThenBy(request => request.Method == "PUT" ? 0 : 1)
                .Select(request => $"{request.Method} {request.PathAndQuery}"));
        using var journal = await client.Json("/__admin/callbacks");
        Assert.Equal(3, journal.RootElement.GetArrayLength());
        Assert.Contains($"Calls   : callbacks to loopback only (--allow-remote-callbacks), webhooks to {receiver.Origin}/account?***", mock.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("w3bhook", mock.Output + journal.RootElement.GetRawText(), StringComparison.Ordinal);

        using (var interrupt = Process.Start("kill", ["-INT", mock.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        Assert.Equal(0, await mock.WaitForExit());
        Assert.Empty(mock.ErrorLines);
    }
}
