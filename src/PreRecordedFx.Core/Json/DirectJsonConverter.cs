using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// A hand-written converter that may be called directly for each element of a list, skipping the
/// serializer's per-call set-up (see <see cref="ReadOnlyListJsonConverter{T}"/>).
/// </summary>
internal abstract class DirectJsonConverter<T> : JsonConverter<T>
{
}
