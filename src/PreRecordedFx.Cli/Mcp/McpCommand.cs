using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PreRecordedFx.Cli;

/// <summary>
/// <c>mcp</c>: the jobs API as Model Context Protocol tools over standard input and output, for AI assistants. Standard
/// output belongs to the protocol, so the server's own messages go to standard error, and only warnings.
/// </summary>
internal static class McpCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("mcp", Help.Describe(
            "Serve the jobs API to an AI assistant as Model Context Protocol tools over standard input and output: list_jobs, get_job, get_transcript, delete_job and prune_jobs, each with an optional kind (pre-recorded, live or all) as --kind (deletions need confirm: true; prune refuses more than max_jobs). Configured like every command (GLADIA_API_KEY, GLADIA_API_URL); the assistant's client starts it.",
            "gladia-jobs mcp",
            "GLADIA_API_URL=http://localhost:5089 GLADIA_API_KEY=gladia-mock-key gladia-jobs mcp"));
        Actions.Set(command, environment, async (session, _, cancellationToken) =>
        {
            var builder = Host.CreateEmptyApplicationBuilder(settings: null);
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // The SDK makes a JobTools per call from these.
            builder.Services.AddSingleton<Func<KindChoice, IReadOnlyList<JobCollection>>>(session.Collections);
            builder.Services.AddSingleton<Func<PreRecordedError, string?, string>>(session.Describe);
            builder.Services
                .AddMcpServer(server => server.ServerInfo = new() { Name = "gladia-jobs", Version = typeof(McpCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" })
                .WithStdioServerTransport()
                .WithTools<JobTools>()
                .WithRequestFilters(filters => filters.AddCallToolFilter(ToolRefusals.AsToolErrors));
            using var host = builder.Build();

            // The server ends when its client closes standard input (or on Ctrl+C): both are a normal end here.
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
        });
        return command;
    }
}
