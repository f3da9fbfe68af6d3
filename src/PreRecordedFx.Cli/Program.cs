using System.Runtime.InteropServices;
using PreRecordedFx.Cli;

// Ctrl+C (SIGINT) and SIGTERM cancel the run instead of killing the process: the command settles what is under way,
// says what it finished, and exits with 130. A second signal, for someone who will not wait, ends the process at once.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = !stop.IsCancellationRequested;
    stop.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await GladiaJobsApp.RunAsync(args, CliEnvironment.FromProcess(), stop.Token).ConfigureAwait(false);
