using System.Collections;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace PreRecordedFx;

/// <summary>
/// The read-only list behind every list in the models. It compares by content, so two models read from
/// the same JSON are equal (records otherwise compare lists by reference), from C# and F# alike.
/// </summary>
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly List<T> items;

    private ValueList(List<T> items) => this.items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => items.Count;

    public T this[int index] => items[index];

    /// <summary>A copy of <paramref name="source"/> (empty for <c>null</c>); a value list is kept as it is.</summary>
    public static ValueList<T> From(IEnumerable<T>? source) =>
        source switch
        {
            null => Empty,
            ValueList<T> list => list,
            _ => Own([.. source]),
        };

    /// <summary>Wraps a list nobody else holds or changes.</summary>
    public static ValueList<T> Own(List<T> items) => items.Count == 0 ? Empty : new(items);

    /// <summary>
    /// A list the serializer has just read (<c>null</c> for an absent optional list), taken over without a
    /// copy. The serializer checks nullable annotations on properties but never inside a collection, so a
    /// <c>null</c> element is refused here: <c>"items": [null]</c> must not put a <c>null</c> job in a page.
    /// </summary>
    /// <exception cref="JsonException">An element is <c>null</c>.</exception>
    public static ValueList<T> Adopt(IReadOnlyList<T>? read)
    {
        if (read is not List<T> fresh)
        {
            return From(read);
        }

        foreach (var item in CollectionsMarshal.AsSpan(fresh))
        {
            if (item is null)
            {
                throw new JsonException("a list must not hold null");
            }
        }

        return Own(fresh);
    }

    public bool Equals(ValueList<T>? other) =>
        other is not null && CollectionsMarshal.AsSpan(items).SequenceEqual(CollectionsMarshal.AsSpan(other.items), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", items)}]";
}
