using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;
using PreRecordedFx.MockServer.Callbacks;
using PreRecordedFx.MockServer.Creation;
using PreRecordedFx.MockServer.Faults;
using PreRecordedFx.MockServer.Files;
using PreRecordedFx.MockServer.Jobs;
using PreRecordedFx.MockServer.Wire;
using PreRecordedFx.MockServer.Wire.OpenApi;

namespace PreRecordedFx.MockServer.Hosting;

/// <summary>The mock's services and pipeline, shared by <c>Program</c> and therefore by <see cref="MockServerFactory"/>.</summary>
internal static class MockServerSetup
{
    public static IServiceCollection AddMockServer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MockServerOptions>().Bind(configuration.GetSection(MockServerOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MockServerOptions>, OptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<JobLifecycle>();
        services.AddSingleton<JobStores>();

        // Creating jobs (POST /v2/pre-recorded) only ever touches the pre-recorded store.
        services.AddSingleton(provider => provider.GetRequiredService<JobStores>().PreRecorded);
        services.AddSingleton<RequestJournal>();
        services.AddSingleton<LiveFaults>();
        services.AddSingleton<CallIdMiddleware.Counter>();
        services.AddSingleton<MockAdmin>();
        services.AddSingleton<UploadStore>();
        services.AddSingleton<JobCreator>();
        services.AddSingleton<IResettable>(provider => provider.GetRequiredService<UploadStore>());
        services.AddSingleton<IResettable>(provider => provider.GetRequiredService<JobCreator>());
        services.AddSingleton<SignedUrls>();
        services.AddSingleton<JournalMasking>();
        services.AddSingleton<CallbackJournal>();
        services.AddSingleton<CallbackScheduler>();
        services.AddSingleton<IResettable>(provider => provider.GetRequiredService<CallbackScheduler>());
        services.AddHostedService<CallbackSender>();
        services.AddMockOpenApi();

        // The OpenAPI document describes bodies with the wire's snake_case names.
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, GladiaJsonContext.Default);
        });
        return services;
    }

    public static WebApplication UseMockServer(this WebApplication app)
    {
        app.UseMiddleware<UnhandledErrorMiddleware>();
        app.UseMiddleware<JournalMiddleware>();
        app.UseMiddleware<CallIdMiddleware>();
        app.UseMiddleware<ErrorBodyMiddleware>();
        app.UseMiddleware<AdminKeyMiddleware>();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseMiddleware<FaultInjectionMiddleware>();
        app.MapOpenApi();
        app.MapJobsApi();
        app.MapCreationApi();
        app.MapAdminApi();

        // Generate and serialise every job and live session now, not on the first request.
        _ = app.Services.GetRequiredService<JobStores>();
        return app;
    }

    /// <summary>Whether the user left the listening address unset (no <c>--urls</c>, <c>ASPNETCORE_URLS</c> or ports).</summary>
    public static bool NeedsDefaultUrl(IConfiguration configuration) =>
        string.IsNullOrEmpty(configuration["urls"])
        && string.IsNullOrEmpty(configuration["http_ports"])
        && string.IsNullOrEmpty(configuration["https_ports"]);

    private sealed class OptionsValidator : IValidateOptions<MockServerOptions>
    {
        public ValidateOptionsResult Validate(string? name, MockServerOptions options) =>
            options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
