using System.Diagnostics;
using System.Text;
using PreRecordedFx.MockServer;

namespace PreRecordedFx.Cli.Tests;

/// <summary>The built tool (<c>dotnet PreRecordedFx.Cli.dll</c>) run as its own process, so a test can send it real signals.</summary>
public sealed class ToolProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    public ToolProcess(Uri api, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);
        foreach (var arg in (string[])["--base-url", api.ToString(), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["GLADIA_API_KEY"] = MockServerOptions.DefaultApiKey;
        start.Environment["NO_COLOR"] = "1";
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
    }

    /// <summary>
    /// The tool in its own build folder (bin/&lt;configuration&gt;/&lt;framework&gt; of src/PreRecordedFx.Cli, built as this
    /// project's reference): its copy beside the tests lacks the dependencies the test host gets from ASP.NET Core.
    /// </summary>
    public static string ToolPath
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = framework.Parent!;
            var repository = configuration.Parent!.Parent!.Parent!.Parent!;
            return Path.Combine(repository.FullName, "src", "PreRecordedFx.Cli", "bin", configuration.Name, framework.Name, "PreRecordedFx.Cli.dll");
        }
    }

    public string[] ErrorLines
    {
        get
        {
            lock (error)
            {
                return error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            }
        }
    }

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

    /// <summary>Sends a signal (<c>INT</c>, <c>TERM</c>) as a shell's Ctrl+C or a service manager would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-" + name, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Kills the process outright (SIGKILL): nothing of it runs after this.</summary>
    public void Kill() => process.Kill();

    public async Task<int> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        process.WaitForExit(); // drains the output readers
        return process.ExitCode;
    }

    /// <summary>Waits (up to a minute) until <paramref name="condition"/> holds while the tool runs.</summary>
    public async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            Assert.False(process.HasExited, "the tool ended before the test could interrupt it: " + string.Join(" | ", ErrorLines));
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the tool");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.Dispose();
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is not null)
        {
            lock (text)
            {
                text.Append(line).Append('\n');
            }
        }
    }
}
