using System.Text.Json;

namespace PreRecordedFx.MockServer.Store;

/// <summary>
/// One job as the mock keeps it: the model, its JSON serialised once at start, and what the filters read.
/// Deletion is a one-way flag flipped atomically, so exactly one of many concurrent deletes wins.
/// </summary>
internal sealed class StoredJob
{
    private int deleted;

    public StoredJob(Job job, byte[] json)
    {
        Job = job;
        Json = json;
        MetadataText = job.CustomMetadata.Match(
            Some: metadata => metadata.ToDictionary(pair => pair.Key, pair => AsText(pair.Value), StringComparer.Ordinal),
            None: () => new Dictionary<string, string>(StringComparer.Ordinal));
    }

    public Job Job { get; }

    /// <summary>The job's wire JSON (UTF-8), served as is.</summary>
    public byte[] Json { get; }

    /// <summary>Custom metadata values as strings: query values are strings, so <c>42</c> matches <c>"42"</c>.</summary>
    public IReadOnlyDictionary<string, string> MetadataText { get; }

    public bool IsDeleted => Volatile.Read(ref deleted) == 1;

    /// <summary>Marks the job deleted; <c>true</c> only for the call that did it.</summary>
    public bool TryDelete() => Interlocked.CompareExchange(ref deleted, 1, 0) == 0;

    private static string AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
