using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>One page of <c>GET /v2/pre-recorded</c> with whole jobs, results included.</summary>
/// <param name="First">The first page, with the same filters.</param>
/// <param name="Current">This page.</param>
/// <param name="Items">The jobs on this page.</param>
/// <param name="Next">The next page; <c>None</c> on the last page.</param>
public sealed record JobPage(Uri First, Uri Current, IReadOnlyList<Job> Items, Option<Uri> Next = default)
    : ListPage<Job>(First, Current, Items, Next)
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal JobPage()
        : this(null!, null!, ValueList<Job>.Unread)
    {
    }
}
