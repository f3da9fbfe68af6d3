using System.Text.Json.Serialization;
using LanguageExt;

namespace PreRecordedFx;

/// <summary>
/// One page of <c>GET /v2/pre-recorded</c> read as envelopes: each job's id, status, dates, metadata and file, its
/// result and creation options skipped unread (see <see cref="JobEnvelope"/>).
/// </summary>
/// <param name="First">The first page, with the same filters.</param>
/// <param name="Current">This page.</param>
/// <param name="Items">The jobs' envelopes on this page.</param>
/// <param name="Next">The next page; <c>None</c> on the last page.</param>
public sealed record JobEnvelopePage(Uri First, Uri Current, IReadOnlyList<JobEnvelope> Items, Option<Uri> Next = default)
    : ListPage<JobEnvelope>(First, Current, Items, Next)
{
    // Required members start unread (see RequiredMembers).
    [JsonConstructor]
    internal JobEnvelopePage()
        : this(null!, null!, ValueList<JobEnvelope>.Unread)
    {
    }
}
