using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreRecordedFx.Cli;

/// <summary>One job's line in an export's <c>manifest.json</c>.</summary>
/// <param name="Id">The job.</param>
/// <param name="Status">Its status when exported.</param>
/// <param name="Complete">Whether every file was written.</param>
/// <param name="Folder">Its folder, relative to the manifest.</param>
/// <param name="Files">The files written.</param>
/// <param name="Note">Why there is no transcript, when there is none.</param>
/// <param name="Error">Why the export failed, when it did.</param>
internal sealed record ManifestEntry(string Id, string? Status, bool Complete, string? Folder, IReadOnlyList<string> Files, string? Note, string? Error);

/// <summary>
/// The export folder's <c>manifest.json</c>: one entry per job, merged with what an earlier run wrote, so a rerun
/// after an interruption adds to it instead of losing it.
/// </summary>
internal static class Manifest
{
    public const string FileName = "manifest.json";

    public static async Task WriteAsync(string root, IEnumerable<ManifestEntry> entries, CancellationToken cancellationToken)
    {
        var path = Path.Combine(root, FileName);
        var merged = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        if (File.Exists(path))
        {
            try
            {
                var earlier = JsonSerializer.Deserialize(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), CliJson.Default.ManifestEntryArray) ?? [];
                foreach (var entry in earlier)
                {
                    merged[entry.Id] = entry;
                }
            }
            catch (JsonException)
            {
                // An unreadable manifest from an earlier run is replaced, not trusted.
            }
        }

        foreach (var entry in entries)
        {
            merged[entry.Id] = entry;
        }

        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(merged.Values.ToArray(), CliJson.Default.ManifestEntryArray), cancellationToken).ConfigureAwait(false);
    }

    public static ManifestEntry Entry(string root, ExportedJob exported) =>
        new(exported.JobId, exported.Status, Complete: true, Path.GetRelativePath(root, exported.Folder), exported.Files, exported.Note, Error: null);

    public static ManifestEntry Failure(string jobId, string error) =>
        new(jobId, Status: null, Complete: false, Folder: null, Files: [], Note: null, error);
}

/// <summary>The tool's own JSON files (manifest, prune report), source-generated, camelCase, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ManifestEntry[]))]
[JsonSerializable(typeof(PruneReport))]
internal sealed partial class CliJson : JsonSerializerContext
{
}
