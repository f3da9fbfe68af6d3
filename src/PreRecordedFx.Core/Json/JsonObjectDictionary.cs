using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace PreRecordedFx;

/// <summary>
/// A JSON object as a read-only dictionary, over one parsed copy of the object: a job's <c>custom_metadata</c> read
/// this way holds one document, where a dictionary held its arrays and one document per value (about 200 bytes more
/// per job, which a bulk delete keeps for every matched job). Lookups walk the object's few members.
/// </summary>
/// <param name="element">A JSON object (the converter reads nothing else).</param>
internal sealed class JsonObjectDictionary(JsonElement element) : IReadOnlyDictionary<string, JsonElement>
{
    /// <summary>The object itself, written back as it was read.</summary>
    public JsonElement Element { get; } = element;

    public int Count => Element.GetPropertyCount();

    public IEnumerable<string> Keys => Element.EnumerateObject().Select(member => member.Name);

    public IEnumerable<JsonElement> Values => Element.EnumerateObject().Select(member => member.Value);

    public JsonElement this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"custom_metadata has no '{key}'");

    public bool ContainsKey(string key) => Element.TryGetProperty(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value) => Element.TryGetProperty(key, out value);

    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() =>
        Element.EnumerateObject().Select(member => KeyValuePair.Create(member.Name, member.Value)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
