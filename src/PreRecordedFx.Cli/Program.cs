using System.Runtime.InteropServices;
using PreRecordedFx.Cli;

// Ctrl+C (SIGINT) and SIGTERM cancel the run instead of killing the process: the command settles what is under way,
// says what it finished, and exits with 130.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await GladiaJobsApp.RunAsync(args, CliEnvironment.FromProcess(), stop.Token).ConfigureAwait(false);
