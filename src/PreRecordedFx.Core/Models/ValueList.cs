using System.Collections;
using System.Runtime.InteropServices;

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
