namespace PreRecordedFx.MockServer;

/// <summary>
/// One request the mock answered, as the journal (<c>GET /__admin/requests</c>, <see cref="MockServerFactory.Requests"/>)
/// keeps it. Headers are never kept, so neither the API key nor the admin key can appear; the query of a signed
/// storage link is left out (its signature is a secret).
/// </summary>
/// <param name="Time">When the request arrived, on the mock's clock.</param>
/// <param name="Method">The HTTP method, e.g. <c>DELETE</c>.</param>
/// <param name="Path">The path and query as received, e.g. <c>/v2/pre-recorded?limit=5</c>.</param>
/// <param name="Status">The status code answered.</param>
/// <param name="Size">The answer's <c>Content-Length</c> in bytes, or <c>null</c> when it was sent without one.</param>
/// <param name="DurationMs">How long the answer took, in milliseconds, on the mock's clock.</param>
public sealed record JournalEntry(DateTimeOffset Time, string Method, string Path, int Status, long? Size, double DurationMs);
