using System.Text.Json;

namespace PreRecordedFx.Cli;

/// <summary>
/// The export folder's <c>manifest.json</c>, kept true at every moment: merged with what an earlier run wrote, and
/// rewritten atomically after each job, so a run killed half-way leaves a manifest naming every job it archived
/// (jobs that prune has deleted since can never be listed again, so they must be recorded before they go).
/// </summary>
internal sealed class ManifestWriter
{
    private readonly string path;
    private readonly Dictionary<string, ManifestEntry> entries;
    private readonly Lock one = new();

    private ManifestWriter(string path, Dictionary<string, ManifestEntry> entries)
    {
        this.path = path;
        this.entries = entries;
    }

    /// <summary>The manifest in <paramref name="root"/>, starting from the entries an earlier run left there.</summary>
    public static async Task<ManifestWriter> OpenAsync(string root, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, Manifest.FileName);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                var earlier = JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), CliJson.Default.ManifestEntryArray) ?? [];
                foreach (var entry in earlier)
                {
                    entries[entry.Id] = entry;
                }
            }
            catch (JsonException)
            {
                // An unreadable manifest from an earlier run is replaced, not trusted.
            }
        }

        return new ManifestWriter(path, entries);
    }

    /// <summary>Records <paramref name="entry"/> (replacing an earlier one for the same job) and rewrites the file.</summary>
    /// <remarks>Not cancellable: the entry describes work already done, and must be on disk before the job is deleted.</remarks>
    public void Add(ManifestEntry entry)
    {
        lock (one)
        {
            entries[entry.Id] = entry;
            AtomicFile.WriteAllText(path, JsonSerializer.Serialize(entries.Values.ToArray(), CliJson.Default.ManifestEntryArray));
        }
    }
}
