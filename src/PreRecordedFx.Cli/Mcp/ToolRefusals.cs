using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace PreRecordedFx.Cli;

/// <summary>
/// A tool's refusal (an <see cref="McpException"/> carrying the command line's one line) becomes the tool error the
/// assistant reads, that line alone. It is an answer, not a fault of the server: nothing is logged, no stack trace.
/// An argument the SDK could not read as its schema's type says so too. Anything else is left to the SDK, which turns it
/// into a tool error and logs it.
/// </summary>
internal static class ToolRefusals
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> AsToolErrors(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (request, cancellationToken) =>
        {
            try
            {
                return await next(request, cancellationToken).ConfigureAwait(false);
            }
            catch (McpException refusal) when (refusal is not McpProtocolException)
            {
                return Error(refusal.Message);
            }
            catch (JsonException)
            {
                // Its message names .NET types and not the argument: the schema says more to an assistant.
                return Error($"bad arguments for {request.Params?.Name}: one is not of the type its input schema gives");
            }
        };

    private static CallToolResult Error(string text) => new() { IsError = true, Content = [new TextContentBlock { Text = text }] };
}
