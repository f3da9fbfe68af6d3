using System.Diagnostics;

namespace PreRecordedFx.MockServer.Tests;

/// <summary>The built mock server (the same entry point as the gladia-mock tool) run as a real process.</summary>
internal sealed class MockProcess : IDisposable
{
    // A bound on a hung process, not a measurement: every run here ends in about a second.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly TaskCompletionSource<string> firstBannerLine = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Text.StringBuilder output = new();
    private readonly System.Text.StringBuilder error = new();

    private MockProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PreRecordedFx.MockServer.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The test runner's own settings must not leak into the mock's configuration.
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line.Data);
            }

            if (line.Data.Contains("URL     :", StringComparison.Ordinal))
            {
                firstBannerLine.TrySetResult(line.Data);
            }
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                lock (error)
                {
                    error.AppendLine(line.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string[] ErrorLines
    {
        get
        {
            lock (error)
            {
                return error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }
    }

    /// <summary>Starts the mock with these arguments (and environment variables) and lets it run.</summary>
    public static MockProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        new(args, environment);

    /// <summary>Runs the mock with these arguments until it exits by itself.</summary>
    public static async Task<MockProcess> RunToExit(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var mock = Start(args, environment);
        await mock.WaitForExit();
        return mock;
    }

    /// <summary>The banner's URL line, once the server listens.</summary>
    public Task<string> Listening() => firstBannerLine.Task.WaitAsync(Patience);

    public async Task<int> WaitForExit()
    {
        using var patience = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(patience.Token);
        process.WaitForExit(); // drains the redirected output
        return process.ExitCode;
    }

    public int ExitCode => process.ExitCode;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
