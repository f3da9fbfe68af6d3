namespace PreRecordedFx.Cli;

/// <summary>A job a command could not act on, and why (the same line the command prints on standard error).</summary>
/// <param name="Id">The job.</param>
/// <param name="Reason">Why.</param>
internal sealed record JobFailure(string Id, string Reason);

/// <summary>What <c>delete --json</c> prints: the jobs deleted and the ones that could not be.</summary>
/// <param name="Deleted">The jobs deleted.</param>
/// <param name="Failed">The jobs still in place, and why.</param>
/// <param name="Kinds">Each deleted job's kind (pre-recorded or live), by id.</param>
internal sealed record DeleteReport(IReadOnlyList<string> Deleted, IReadOnlyList<JobFailure> Failed, IReadOnlyDictionary<string, string> Kinds);

/// <summary>One file <c>download</c> wrote or found complete.</summary>
/// <param name="Id">The job.</param>
/// <param name="Path">The file.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Skipped">Whether it was already complete, so nothing was downloaded.</param>
/// <param name="ResumedFrom">The byte a partial file from an earlier run was resumed from (0: downloaded whole).</param>
/// <param name="Kind">The job's kind: pre-recorded or live.</param>
internal sealed record DownloadedFile(string Id, string Path, long Bytes, bool Skipped, long ResumedFrom, string Kind);

/// <summary>What <c>download --json</c> prints.</summary>
/// <param name="Files">The files written or found complete.</param>
/// <param name="Failed">The jobs whose audio could not be downloaded, and why.</param>
internal sealed record DownloadReport(IReadOnlyList<DownloadedFile> Files, IReadOnlyList<JobFailure> Failed);

/// <summary>A job <c>transcribe</c> started, as <c>transcribe --json</c> lists it (without <c>--wait</c>).</summary>
/// <param name="Source">The file or URL given.</param>
/// <param name="Id">The job's id.</param>
/// <param name="ResultUrl">Where the job can be read.</param>
internal sealed record CreatedJobEntry(string Source, string Id, string ResultUrl);

/// <summary>What <c>export --json</c> prints.</summary>
/// <param name="Folder">The export folder (where <c>manifest.json</c> is).</param>
/// <param name="Exported">The jobs exported, as the manifest lists them.</param>
/// <param name="Failed">The jobs that could not be exported, and why.</param>
internal sealed record ExportReport(string Folder, IReadOnlyList<ManifestEntry> Exported, IReadOnlyList<JobFailure> Failed);
