using Microsoft.Extensions.Options;
using PreRecordedFx.MockServer.Admin;

namespace PreRecordedFx.MockServer.Callbacks;

/// <summary>The callbacks and webhooks sent (<c>GET /__admin/callbacks</c>), as many as the request journal keeps.</summary>
internal sealed class CallbackJournal(IOptions<MockServerOptions> options) : Journal<CallbackDelivery>(options.Value.JournalSize);
