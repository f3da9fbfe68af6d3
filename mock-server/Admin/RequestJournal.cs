using Microsoft.Extensions.Options;

namespace PreRecordedFx.MockServer.Admin;

/// <summary>The requests the mock answered (<c>GET /__admin/requests</c>).</summary>
internal sealed class RequestJournal(IOptions<MockServerOptions> options) : Journal<JournalEntry>(options.Value.JournalSize);
