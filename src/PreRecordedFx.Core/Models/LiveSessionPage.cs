namespace PreRecordedFx;

/// <summary>One page of <c>GET /v2/live</c> (Gladia's <c>ListStreamingResponse</c>): sessions newest first.</summary>
[WireModel("page")]
public sealed partial record LiveSessionPage : ListPage<LiveSession>;
