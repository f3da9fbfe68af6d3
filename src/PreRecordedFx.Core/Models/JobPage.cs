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
    Option<Uri> Next = default);
