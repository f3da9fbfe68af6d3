namespace PreRecordedFx;

/// <summary>One page of <c>GET /v2/pre-recorded</c> with whole jobs, results included.</summary>
[WireModel("page")]
public sealed partial record JobPage : ListPage<Job>;
