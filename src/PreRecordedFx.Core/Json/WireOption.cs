using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// The bridge between an optional object's public <see cref="Option{A}"/> and the nullable wire property that
/// stores it and that the serializer reads (the public property is a view over it). The serializer reads a nullable object property natively, in one pass; an
/// <see cref="Option{A}"/> of an object would need a converter that re-enters the serializer for every
/// value (a new read state and a scan ahead each time), which made parsing about twice as slow as plain DTOs.
/// </summary>
internal static class WireOption
{
    /// <summary>The value, or <c>null</c> for <c>None</c>: what a model stores, never what it shows.</summary>
    public static T? OrNull<T>(this Option<T> option)
        where T : class => option.Case as T;
}
