namespace PreRecordedFx;

/// <summary>
/// A file written under a temporary name in the destination's folder and moved into place only on success, so a
/// failed or cancelled download leaves nothing half-written (same folder: the move is a rename, not a copy).
/// </summary>
internal sealed class TempFile : IAsyncDisposable
{
    private bool committed;

    public TempFile(string destination)
    {
        Destination = Path.GetFullPath(destination);
        var folder = Path.GetDirectoryName(Destination) ?? throw new ArgumentException("The path has no folder.", nameof(destination));
        TempPath = Path.Combine(folder, "." + Path.GetFileName(Destination) + "." + Guid.NewGuid().ToString("N")[..12] + ".part");
        Stream = new FileStream(TempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, useAsync: true);
    }

    public string Destination { get; }

    public string TempPath { get; }

    public FileStream Stream { get; }

    public async Task CommitAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        File.Move(TempPath, Destination, overwrite: true);
        committed = true;
    }

    public async ValueTask DisposeAsync()
    {
        await Stream.DisposeAsync().ConfigureAwait(false);
        if (!committed)
        {
            File.Delete(TempPath);
        }
    }
}
