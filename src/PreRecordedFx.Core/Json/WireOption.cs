using System.Text.Json;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The bridge between an optional field's public <see cref="Option{A}"/> and the nullable wire property that
/// stores it and that the serializer reads and writes (the public property is a view over it, ignored by the
/// serializer). The serializer reads a nullable property natively, in one pass. An <see cref="Option{A}"/> would
/// need a custom converter, and each value read through one costs a converter call and a check of the reader
/// after it; for objects the converter had to re-enter the serializer, which made parsing far slower
/// (benchmarks/README.md keeps the figures).
/// </summary>
internal static class WireOption
{
    /// <summary>The value, or <c>null</c> for <c>None</c>: what a model stores, never what it shows.</summary>
    public static T? OrNull<T>(this Option<T> option)
        where T : class => option.Case as T;

    /// <summary>The value, or <c>null</c> for <c>None</c>, for a value type.</summary>
    public static T? OrNullable<T>(this Option<T> option)
        where T : struct => option.IsSome ? (T)option : null;

    /// <summary>
    /// Raw JSON, or <c>null</c> for <c>None</c>. A <c>default</c> <see cref="JsonElement"/> holds no value (writing
    /// it would throw), so it is stored as absent too.
    /// </summary>
    public static JsonElement? OrNullable(this Option<JsonElement> option) =>
        option.Case is JsonElement { ValueKind: not JsonValueKind.Undefined } element ? element : null;

    /// <summary>What a model's <c>Other</c> shows when the wire had no other member.</summary>
    public static IReadOnlyDictionary<string, JsonElement> NoMembers { get; } = new Dictionary<string, JsonElement>().AsReadOnly();

    /// <summary>The other members as a model stores them: a copy, or <c>null</c> when there are none.</summary>
    public static Dictionary<string, JsonElement>? Members(IReadOnlyDictionary<string, JsonElement>? members) =>
        members is null or { Count: 0 } ? null : new Dictionary<string, JsonElement>(members);
}
