using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// One page of a list endpoint: absolute links and the items, newest first. <see cref="JobPage"/> holds whole jobs,
/// <see cref="JobEnvelopePage"/> their envelopes; a walk over either follows <see cref="Next"/> the same way.
/// </summary>
/// <typeparam name="TItem">What the page holds.</typeparam>
[WireModel("page")]
public abstract partial record ListPage<TItem> : IJsonOnDeserialized
{
    /// <summary>The first page, with the same filters.</summary>
    [WireRequired]
    [JsonPropertyOrder(0)]
    [JsonInclude]
    [JsonPropertyName("first")]
    internal Uri? WireFirst { get; set; }

    /// <summary>This page.</summary>
    [WireRequired]
    [JsonPropertyOrder(1)]
    [JsonInclude]
    [JsonPropertyName("current")]
    internal Uri? WireCurrent { get; set; }

    /// <summary>The next page; <c>None</c> on the last page.</summary>
    [JsonPropertyOrder(2)]
    [JsonInclude]
    [JsonPropertyName("next")]
    internal Uri? WireNext { get; set; }

    /// <summary>The items on this page.</summary>
    [WireRequired]
    [JsonPropertyOrder(3)]
    [JsonInclude]
    [JsonPropertyName("items")]
    internal IReadOnlyList<TItem>? WireItems { get; set; }
}
