using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>The mock on real Kestrel at 127.0.0.1 with a free port, for the tool run as a separate process.</summary>
public sealed class LoopbackMock : MockServerFactory
{
    public LoopbackMock(MockServerOptions options)
        : base(options)
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    }

    public Uri BaseUrl { get; }

    /// <summary>The ids of the jobs in <paramref name="status"/> (every job when <c>null</c>), read over the socket.</summary>
    public async Task<List<string>> IdsAsync(JobStatus? status = null) =>
        [.. (await JobsAsync(status is { } only ? JobQuery.Default.WithStatus(only) : JobQuery.Default)).Select(j => j.Id)];

    /// <summary>Every job <paramref name="query"/> matches, read over the socket.</summary>
    public async Task<List<Job>> JobsAsync(JobQuery query)
    {
        using var client = new GladiaClient(new GladiaClientOptions { ApiKey = MockServerOptions.DefaultApiKey, BaseUrl = BaseUrl });
        var jobs = new List<Job>();
        await foreach (var item in client.PreRecorded().ListAllAsync(query.WithLimit(100)))
        {
            jobs.Add(item.Match(Right: j => j, Left: e => throw new InvalidOperationException(e.Message)));
        }

        return jobs;
    }
}
