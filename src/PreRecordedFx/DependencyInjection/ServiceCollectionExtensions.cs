using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PreRecordedFx;
using Refit;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="GladiaClient"/>, <see cref="PreRecordedJobs"/> and <see cref="LiveSessions"/> with dependency injection.</summary>
/// <example><code>
/// builder.Services.AddPreRecordedFx(builder.Configuration); // reads the "Gladia" section
/// app.MapGet("/jobs/{id}", async (string id, PreRecordedJobs jobs) =>
///     (await jobs.GetAsync(id)).Match(Right: job => Results.Ok(job.Status.Value), Left: e => Results.Problem(e.Message, statusCode: e.Code)));
/// </code></example>
public static class ServiceCollectionExtensions
{
    /// <summary>The configuration section read by <see cref="AddPreRecordedFx(IServiceCollection, IConfiguration)"/>.</summary>
    public const string SectionName = "Gladia";

    /// <summary>
    /// Registers the client with options bound from configuration: either the <c>Gladia</c> section itself, or a
    /// configuration root (or any section) whose <c>Gladia</c> child is read. Keys are the
    /// <see cref="GladiaClientOptions"/> property names, e.g. <c>Gladia:ApiKey</c>, <c>Gladia:Retry:MaxRetries</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The <c>Gladia</c> section, or its parent.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddPreRecordedFx(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration is IConfigurationSection { Key: SectionName } own ? own : configuration.GetSection(SectionName);
        services.AddOptions<GladiaClientOptions>().Bind(section);
        return AddClient(services);
    }

    /// <summary>Registers the client with options set in code (starting from the defaults and environment variables).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, e.g. <c>o => o.ApiKey = key</c>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddPreRecordedFx(this IServiceCollection services, Action<GladiaClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<GladiaClientOptions>().Configure(configure);
        return AddClient(services);
    }

    private static IServiceCollection AddClient(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GladiaClientOptions>, GladiaClientOptionsValidator>());

        // The same handlers, in the same order, as new GladiaClient(options) builds (HandlerChain); the factory's own
        // loggers are removed because RequestLoggingHandler logs each attempt and hop already.
        services.AddRefitGeneratedClient<IGladiaApi>()
            .ConfigureHttpClient((provider, http) =>
            {
                http.BaseAddress = Settings(provider).BaseUrl;
                http.Timeout = Timeout.InfiniteTimeSpan; // each operation has its own budget
            })
            .ConfigurePrimaryHttpMessageHandler(PrimaryHandler.Create)
            .RemoveAllLoggers()
            .ConfigureAdditionalHttpMessageHandlers((handlers, provider) =>
            {
                foreach (var handler in HandlerChain.Handlers(Settings(provider), Logger(provider), Time(provider)))
                {
                    handlers.Add(handler);
                }
            });

        // Singletons that ask the factory for a fresh typed client per operation, so pooled handlers still rotate.
        services.TryAddSingleton(provider => new PreRecordedJobs(Runner(provider), Settings(provider)));
        services.TryAddSingleton(provider => new LiveSessions(Runner(provider), Settings(provider)));
        services.TryAddSingleton(provider => new GladiaClient(
            provider.GetRequiredService<PreRecordedJobs>(), provider.GetRequiredService<LiveSessions>(), Settings(provider).BaseUrl));
        return services;
    }

    private static GladiaClientOptions Settings(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<GladiaClientOptions>>().Value.Snapshot();

    private static OperationRunner Runner(IServiceProvider provider) =>
        new(provider.GetRequiredService<IGladiaApi>, Settings(provider).ApiKey!, Time(provider));

    private static TimeProvider Time(IServiceProvider provider) => provider.GetService<TimeProvider>() ?? TimeProvider.System;

    private static ILogger Logger(IServiceProvider provider) =>
        (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(PreRecordedFxDiagnostics.LoggerCategory);
}
