using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// One page of a list endpoint: absolute links and the items, newest first. <see cref="JobPage"/> holds whole jobs,
/// <see cref="JobEnvelopePage"/> their envelopes; a walk over either follows <see cref="Next"/> the same way.
/// </summary>
/// <typeparam name="TItem">What the page holds.</typeparam>
/// <param name="First">The first page, with the same filters.</param>
/// <param name="Current">This page.</param>
/// <param name="Items">The items on this page.</param>
/// <param name="Next">The next page; <c>None</c> on the last page.</param>
public abstract record ListPage<TItem>(
    Uri First,
    Uri Current,
    IReadOnlyList<TItem> Items,
    Option<Uri> Next) : IJsonOnDeserialized
{
    /// <summary>The first page, with the same filters.</summary>
    [JsonPropertyOrder(0)]
    [JsonInclude]
    public Uri First { get; internal set; } = First;

    /// <summary>This page.</summary>
    [JsonPropertyOrder(1)]
    [JsonInclude]
    public Uri Current { get; internal set; } = Current;

    /// <summary>The next page; <c>None</c> on the last page.</summary>
    [JsonIgnore]
    public Option<Uri> Next => Prelude.Optional(WireNext);

    [JsonPropertyOrder(2)]
    [JsonInclude]
    [JsonPropertyName("next")]
    internal Uri? WireNext { get; set; } = Next.OrNull();

    /// <summary>The items on this page.</summary>
    [JsonPropertyOrder(3)]
    [JsonInclude]
    public IReadOnlyList<TItem> Items { get; internal set => field = ValueList<TItem>.Adopt(value); } = ValueList<TItem>.From(Items);

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(First is not null, "page", "first");
        RequiredMembers.Check(Current is not null, "page", "current");
        RequiredMembers.Check(RequiredMembers.WasRead(Items), "page", "items");
    }
}
