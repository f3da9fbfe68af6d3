using System.Text;

namespace PreRecordedFx.Cli;

/// <summary>
/// Text files written whole or not at all: into a temporary file in the same folder, then renamed over the target,
/// so an interrupted or killed run never leaves a half-written report, manifest or transcript behind.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    /// <remarks>
    /// Not cancellable, and synchronous, on purpose: these files are small, and a record of work already done (a manifest
    /// entry for a job about to be deleted) must reach the disk even when the run is being stopped.
    /// </remarks>
    public static void WriteAllText(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            File.WriteAllText(temp, content, Utf8);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
