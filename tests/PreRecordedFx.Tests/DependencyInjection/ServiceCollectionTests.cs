using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer;
using static PreRecordedFx.Tests.Results;

namespace PreRecordedFx.Tests;

public class ServiceCollectionTests
{
    private static ServiceProvider Provider(Action<IServiceCollection> register, HttpMessageHandler transport, FakeLogCollector? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                builder.AddProvider(new FakeLoggerProvider(logs));
            }
        });
        register(services);
        services.ConfigureAll<HttpClientFactoryOptions>(o => o.HttpMessageHandlerBuilderActions.Add(b => b.PrimaryHandler = new BorrowedHandler(transport)));
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Options_bind_from_the_Gladia_section_and_the_client_works_end_to_end()
    {
        await using var mock = new MockServer();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gladia:ApiKey"] = MockServerOptions.DefaultApiKey,
            ["Gladia:BaseUrl"] = mock.Factory.Server.BaseAddress.ToString(),
            ["Gladia:GetTimeout"] = "00:00:05",
            ["Gladia:Retry:MaxRetries"] = "1",
        }).Build();
        var logs = new FakeLogCollector();
        await using var provider = Provider(s => s.AddPreRecordedFx(configuration), mock.Handler, logs);

        var options = provider.GetRequiredService<IOptions<GladiaClientOptions>>().Value;
        var jobs = provider.GetRequiredService<GladiaClient>().PreRecorded();
        var page = RightOf(await jobs.ListAsync(JobQuery.Default.WithLimit(3)));
        var job = RightOf(await jobs.GetAsync(page.Items[0].Id));

        Assert.Equal((TimeSpan.FromSeconds(5), 1), (options.GetTimeout, options.Retry.MaxRetries));
        Assert.Same(jobs, provider.GetRequiredService<PreRecordedJobs>());
        Assert.Equal(page.Items[0].Id, job.Id);
        var lines = logs.GetSnapshot().Where(r => r.Category == PreRecordedFxDiagnostics.LoggerCategory).Select(r => r.Message).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("HTTP GET /v2/pre-recorded?offset=0&limit=3 answered 200", lines[0], StringComparison.Ordinal);
        Assert.All(logs.GetSnapshot(), r => Assert.DoesNotContain(MockServerOptions.DefaultApiKey, r.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Live_sessions_are_registered_and_reach_the_configured_mock()
    {
        await using var mock = new MockServer();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gladia:ApiKey"] = MockServerOptions.DefaultApiKey,
            ["Gladia:BaseUrl"] = mock.Factory.Server.BaseAddress.ToString(),
        }).Build();
        await using var provider = Provider(s => s.AddPreRecordedFx(configuration), mock.Handler, new FakeLogCollector());

        var live = provider.GetRequiredService<GladiaClient>().Live();
        var page = RightOf(await live.ListAsync(JobQuery.Default.WithLimit(2)));

        Assert.Same(live, provider.GetRequiredService<LiveSessions>());
        Assert.Equal(JobKind.Live, live.Kind);
        Assert.All(page.Items, session => Assert.Equal(JobKinds.Live, session.Kind));
        Assert.Equal(2, page.Items.Count);
    }

    [Fact]
    public async Task The_section_itself_may_be_passed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gladia:ApiKey"] = "k",
            ["Gladia:MaxRedirects"] = "2",
        }).Build();
        await using var provider = Provider(s => s.AddPreRecordedFx(configuration.GetSection("Gladia")), new ScriptedHandler((r, _) => Wire.Json(Wire.JobJson())));

        Assert.Equal(2, provider.GetRequiredService<IOptions<GladiaClientOptions>>().Value.MaxRedirects);
    }

    [Fact]
    public async Task Invalid_options_fail_with_an_OptionsValidationException_that_hides_the_key()
    {
        await using var provider = Provider(
            s => s.AddPreRecordedFx(o => { o.ApiKey = "secret-abc"; o.GetTimeout = TimeSpan.Zero; }),
            new ScriptedHandler((r, _) => Wire.Json(Wire.JobJson())));

        var thrown = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<GladiaClient>());

        Assert.Contains("GetTimeout", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-abc", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPreRecordedFx(configuration)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => services.AddPreRecordedFx((IConfiguration)null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddPreRecordedFx(_ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => services.AddPreRecordedFx((Action<GladiaClientOptions>)null!)).ParamName);
    }

    [Fact]
    public async Task A_registered_TimeProvider_is_the_clock_the_operations_budget_runs_on()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var handler = new ScriptedHandler(async (HttpRequestMessage request, int n, CancellationToken token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Wire.Json(Wire.JobJson());
        });
        await using var provider = Provider(
            s => s.AddSingleton<TimeProvider>(time).AddPreRecordedFx(o =>
            {
                o.ApiKey = Clients.Key;
                o.BaseUrl = Wire.Api;
                o.GetTimeout = TimeSpan.FromSeconds(30);
            }),
            handler);

        var running = provider.GetRequiredService<PreRecordedJobs>().GetAsync("job-1");
        while (handler.Seen.IsEmpty)
        {
            await Task.Delay(10);
        }

        time.Advance(TimeSpan.FromSeconds(31));
        var error = LeftOf(await running.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.IsType<PreRecordedError.Timeout>(error);
    }

    [Fact]
    public async Task The_DI_client_has_the_same_key_redirect_and_retry_handlers()
    {
        var handler = new ScriptedHandler((request, n) => n switch
        {
            1 => Wire.Status(System.Net.HttpStatusCode.ServiceUnavailable),
            2 => Wire.Redirect("https://storage.other/blob"),
            _ => Wire.Audio([1, 2, 3]),
        });
        await using var provider = Provider(
            s => s.AddPreRecordedFx(o =>
            {
                o.ApiKey = Clients.Key;
                o.BaseUrl = Wire.Api;
                o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            }),
            handler);

        RightOf(await provider.GetRequiredService<PreRecordedJobs>().GetFileAsync("job-1"));

        Assert.Equal([Clients.Key, Clients.Key, null], handler.Seen.Select(s => s.ApiKey));
    }

    [Fact]
    public async Task Each_operation_is_a_span_of_the_PreRecordedFx_activity_source()
    {
        var spans = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == PreRecordedFxDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { lock (spans) { spans.Add(activity); } },
        };
        ActivitySource.AddActivityListener(listener);
        var handler = new ScriptedHandler((request, n) => n == 1 ? Wire.Json(Wire.JobJson()) : Wire.Status(System.Net.HttpStatusCode.NotFound));
        using var client = Clients.On(handler);
        var jobId = "span-" + Guid.NewGuid().ToString("N");

        RightOf(await client.PreRecorded().GetAsync(jobId));
        LeftOf(await client.PreRecorded().DeleteAsync(jobId));

        List<Activity> mine;
        lock (spans)
        {
            mine = spans.Where(s => (s.GetTagItem("url.path") as string)?.Contains(jobId, StringComparison.Ordinal) == true).ToList();
        }

        Assert.Equal(["PreRecordedFx.get", "PreRecordedFx.delete"], mine.Select(s => s.OperationName));
        Assert.Equal([ActivityStatusCode.Ok, ActivityStatusCode.Error], mine.Select(s => s.Status));
        Assert.Equal("NotFound", mine[1].GetTagItem("error.type"));
        Assert.Equal("DELETE", mine[1].GetTagItem("http.request.method"));
    }

    [Fact]
    public void The_validator_passes_good_options_and_fails_bad_ones_with_their_problems()
    {
        var validator = new GladiaClientOptionsValidator();

        var good = validator.Validate(name: null, Clients.Options());
        var bad = validator.Validate(name: null, Clients.Options(o => o.GetTimeout = TimeSpan.Zero));

        Assert.True(good.Succeeded);
        Assert.True(bad.Failed);
        Assert.Contains("GetTimeout must be positive", bad.FailureMessage, StringComparison.Ordinal);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => validator.Validate(name: null, null!)).ParamName);
    }
}
