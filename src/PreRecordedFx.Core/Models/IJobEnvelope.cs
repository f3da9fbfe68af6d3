using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The members every job has, whatever its kind and however much of it was read: a <see cref="Job"/>, a
/// <see cref="LiveSession"/> and a <see cref="JobEnvelope"/> all carry them. Code that manages jobs of both kinds
/// (a retention rule, a report) takes this.
/// </summary>
public interface IJobEnvelope
{
    /// <summary>The job id (a UUID).</summary>
    string Id { get; }

    /// <summary>Gladia's debug id, <c>"G-"</c> and the id's first eight hex digits.</summary>
    string RequestId { get; }

    /// <summary>The API version, 2.</summary>
    int Version { get; }

    /// <summary>Where the job is in its lifecycle.</summary>
    JobStatus Status { get; }

    /// <summary>When the job was created (UTC).</summary>
    DateTimeOffset CreatedAt { get; }

    /// <summary>When it finished; set for done and error jobs.</summary>
    Option<DateTimeOffset> CompletedAt { get; }

    /// <summary>The metadata given at creation; <c>None</c> when none was given.</summary>
    Option<IReadOnlyDictionary<string, JsonElement>> CustomMetadata { get; }

    /// <summary>The job's failure code (400–599) when <see cref="Status"/> is error.</summary>
    Option<int> ErrorCode { get; }

    /// <summary>The job's kind on the wire: <c>"pre-recorded"</c> (<see cref="JobKinds.PreRecorded"/>) or <c>"live"</c>.</summary>
    string Kind { get; }
}
