using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Data;

namespace PreRecordedFx.MockServer.Store;

/// <summary>
/// The mock's jobs, generated and serialised once at start, newest first. Reads take no lock: the set of jobs
/// never changes, only their deleted flags do.
/// </summary>
internal sealed class JobStore
{
    private readonly FrozenDictionary<string, StoredJob> byId;

    public JobStore(IOptions<MockServerOptions> options)
    {
        var settings = options.Value;
        var jobs = JobGenerator.Generate(settings.Seed, settings.Jobs, settings.ReferenceTime);
        NewestFirst =
        [
            .. jobs
                .OrderByDescending(job => job.CreatedAt)
                .ThenBy(job => job.Id, StringComparer.Ordinal)
                .Select(job => new StoredJob(job, JsonSerializer.SerializeToUtf8Bytes(job, WireJson.Job))),
        ];
        byId = NewestFirst.ToFrozenDictionary(job => job.Job.Id, StringComparer.Ordinal);
    }

    /// <summary>Every job ever generated, deleted ones included, newest first.</summary>
    public IReadOnlyList<StoredJob> NewestFirst { get; }

    /// <summary>The live job with this id, if any.</summary>
    public StoredJob? Find(string id) => byId.TryGetValue(id, out var job) && !job.IsDeleted ? job : null;
}
