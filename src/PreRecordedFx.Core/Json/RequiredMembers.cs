using System.Text.Json;

namespace PreRecordedFx;

/// <summary>
/// Checks a model's required wire members once the serializer has filled it (each model's
/// <c>IJsonOnDeserialized.OnDeserialized</c>). <c>[JsonRequired]</c> would check them too, but it makes the
/// serializer allocate a <see cref="System.Collections.BitArray"/> per object read, four per listed job, which
/// slowed page parsing down measurably (benchmarks/README.md keeps the figures). Every field is read into a nullable
/// wire property the serializer's constructor leaves <c>null</c>, so a required one still <c>null</c> was missing or
/// <c>null</c> on the wire. The generator (src/PreRecordedFx.Core.Generators) writes each model's calls.
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
}
