using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>One page of <c>GET /v2/pre-recorded</c>: absolute links and the jobs, newest first.</summary>
/// <param name="First">The first page, with the same filters.</param>
/// <param name="Current">This page.</param>
/// <param name="Items">The jobs on this page.</param>
/// <param name="Next">The next page; <c>None</c> on the last page.</param>
public sealed record JobPage(
    Uri First,
    Uri Current,
    IReadOnlyList<Job> Items,
    Option<Uri> Next = default) : IJsonOnDeserialized
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal JobPage()
        : this(null!, null!, ValueList<Job>.Unread)
    {
    }

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

    /// <summary>The jobs on this page.</summary>
    [JsonPropertyOrder(3)]
    [JsonInclude]
    public IReadOnlyList<Job> Items { get; internal set => field = ValueList<Job>.Adopt(value); } = ValueList<Job>.From(Items);

    void IJsonOnDeserialized.OnDeserialized()
    {
        RequiredMembers.Check(First is not null, "page", "first");
        RequiredMembers.Check(Current is not null, "page", "current");
        RequiredMembers.Check(RequiredMembers.WasRead(Items), "page", "items");
    }
}
