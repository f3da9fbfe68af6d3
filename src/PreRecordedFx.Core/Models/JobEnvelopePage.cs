namespace PreRecordedFx;

/// <summary>
/// One page of <c>GET /v2/pre-recorded</c> read as envelopes: each job's id, status, dates, metadata and file, its
/// result and creation options skipped unread (see <see cref="JobEnvelope"/>).
/// </summary>
[WireModel("page")]
public sealed partial record JobEnvelopePage : ListPage<JobEnvelope>;
