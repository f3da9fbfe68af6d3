using System.Collections.Concurrent;
using LanguageExt;

namespace PreRecordedFx.Cli;

/// <summary>
/// prune's <c>--archive</c> step: exports a job (audio included) and records it in the manifest before the job may be
/// deleted. A job whose export failed, or whose audio answered 404 (unless missing audio is allowed), is kept.
/// </summary>
internal sealed class Archiver(JobExporter exporter, IReadOnlyList<JobCollection> collections, string root, ManifestWriter manifest, bool allowMissingAudio, Session session)
{
    private readonly ConcurrentQueue<string> archived = new();
    private readonly ConcurrentDictionary<string, string> kept = new(StringComparer.Ordinal);

    /// <summary>The jobs archived completely, in the order they were.</summary>
    public IReadOnlyList<string> Archived => [.. archived];

    /// <summary>The jobs kept on purpose, with the reason (<see cref="PruneReports.AudioUnavailable"/>).</summary>
    public IReadOnlyDictionary<string, string> Kept => kept;

    /// <summary>Archives <paramref name="job"/>; <c>Right</c> lets it be deleted, and it is in the manifest by then.</summary>
    public async Task<Either<PreRecordedError, Unit>> ArchiveAsync(JobEnvelope job, CancellationToken cancellationToken)
    {
        // The job was listed from its own collection: it is exported from that one only.
        var target = new JobTarget(job.Id, [.. collections.Where(c => c.Kind == job.Kind)]);
        var exported = await exporter.ExportAsync(target, cancellationToken).ConfigureAwait(false);
        if (exported.Case is not ExportedJob done)
        {
            var error = (PreRecordedError)exported.Case!;
            manifest.Add(Manifest.Failure(job.Id, session.Describe(error, job.Id), job.Kind));
            return error;
        }

        // An archive without its audio is not complete, and a 404 can be transient (a storage hiccup, a proxy).
        if (done.AudioMissing && !allowMissingAudio)
        {
            kept[job.Id] = PruneReports.AudioUnavailable;
            manifest.Add(Manifest.Failure(job.Id, PruneReports.AudioUnavailable, job.Kind));
            return new PreRecordedError.InvalidArgument("audio", PruneReports.AudioUnavailable);
        }

        manifest.Add(Manifest.Entry(root, done));
        archived.Enqueue(job.Id);
        session.Done.Add("archived");
        return Unit.Default;
    }
}
