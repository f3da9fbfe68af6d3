using System.Text.Json;

namespace PreRecordedFx;

/// <summary>
/// Checks a model's required wire members once the serializer has filled it (each model's
/// <c>IJsonOnDeserialized.OnDeserialized</c>). <c>[JsonRequired]</c> would check them too, but it makes the
/// serializer allocate a <see cref="System.Collections.BitArray"/> per object read, four per listed job, which
/// slowed page parsing down measurably (benchmarks/README.md keeps the figures). The serializer's constructor of each model leaves every
/// required member in a state the wire cannot produce, so a member still in it was never read: a reference is
/// <c>null</c> (a JSON <c>null</c> is refused before, by the nullable annotations), a list is
/// <see cref="ValueList{T}.Unread"/>, and a value is kept in a nullable wire property that is still <c>null</c>.
/// </summary>
internal static class RequiredMembers
{
    /// <summary>Refuses the model when <paramref name="wasRead"/> is false, naming the member as the wire does.</summary>
    /// <exception cref="JsonException">The member was not read.</exception>
    public static void Check(bool wasRead, string model, string wireName)
    {
        if (!wasRead)
        {
            throw new JsonException($"the {model} has no '{wireName}' (it is missing or null)");
        }
    }

    /// <summary>
    /// The members every job has, checked alike whether the whole job was read or only its envelope, so that both
    /// refuse the same bodies for them.
    /// </summary>
    /// <exception cref="JsonException">A member was not read.</exception>
    public static void CheckEnvelope(string? id, string? requestId, int? version, JobStatus? status, DateTimeOffset? createdAt)
    {
        Check(id is not null, "job", "id");
        Check(requestId is not null, "job", "request_id");
        Check(version.HasValue, "job", "version");
        Check(status.HasValue, "job", "status");
        Check(createdAt.HasValue, "job", "created_at");
    }

    /// <summary>Whether the serializer read <paramref name="list"/> (it replaced the placeholder).</summary>
    public static bool WasRead<T>(IReadOnlyList<T> list) => !ReferenceEquals(list, ValueList<T>.Unread);
}
