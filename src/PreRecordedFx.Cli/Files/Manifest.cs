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
/// <param name="Kind">The job's kind (pre-recorded or live), when known.</param>
internal sealed record ManifestEntry(string Id, string? Status, bool Complete, string? Folder, IReadOnlyList<string> Files, string? Note, string? Error, string? Kind = null);

/// <summary>The entries of an export's <c>manifest.json</c>.</summary>
internal static class Manifest
{
    public const string FileName = "manifest.json";

    public static ManifestEntry Entry(string root, ExportedJob exported) =>
        new(exported.JobId, exported.Status, Complete: true, Path.GetRelativePath(root, exported.Folder), exported.Files, exported.Note, Error: null, exported.Kind);

    public static ManifestEntry Failure(string jobId, string error, string? kind = null) =>
        new(jobId, Status: null, Complete: false, Folder: null, Files: [], Note: null, error, kind);
}

/// <summary>The tool's own JSON files (manifest, prune report), source-generated, camelCase, indented.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ManifestEntry[]))]
[JsonSerializable(typeof(PruneReport))]
[JsonSerializable(typeof(DeleteReport))]
[JsonSerializable(typeof(DownloadReport))]
[JsonSerializable(typeof(ExportReport))]
[JsonSerializable(typeof(CreatedJobEntry))]
[JsonSerializable(typeof(CreatedJobEntry[]))]
internal sealed partial class CliJson : JsonSerializerContext
{
}
