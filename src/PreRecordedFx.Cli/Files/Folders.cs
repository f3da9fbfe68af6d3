namespace PreRecordedFx.Cli;

/// <summary>Creating output folders and naming files safely.</summary>
internal static class Folders
{
    /// <summary>Creates <paramref name="path"/> (and its parents), or gives the reason it cannot be written.</summary>
    public static string? Create(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot write to folder '{path}': {e.Message}";
        }
    }

    /// <summary>A server-given file name made safe for a local folder: no folders in it, no characters the system refuses.</summary>
    public static string? SafeName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var bare = Path.GetFileName(name.Replace('\\', '/'));
        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string([.. bare.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        return safe is "" or "." or ".." ? null : safe;
    }
}
