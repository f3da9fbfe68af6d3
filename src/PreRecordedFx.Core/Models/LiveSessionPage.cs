using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>One page of <c>GET /v2/live</c> (Gladia's <c>ListStreamingResponse</c>): sessions newest first.</summary>
/// <param name="First">The first page's URL.</param>
/// <param name="Current">This page's URL.</param>
/// <param name="Items">The sessions on this page.</param>
/// <param name="Next">The next page's URL; <c>None</c> on the last page.</param>
public sealed record LiveSessionPage(Uri First, Uri Current, IReadOnlyList<LiveSession> Items, Option<Uri> Next = default)
    : ListPage<LiveSession>(First, Current, Items, Next)
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal LiveSessionPage()
        : this(null!, null!, ValueList<LiveSession>.Unread)
    {
    }
}
