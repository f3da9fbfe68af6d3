namespace PreRecordedFx.MockServer.Callbacks;

/// <summary>A callback or webhook to send once the mock's clock reaches <paramref name="DueAt"/>.</summary>
/// <param name="Kind"><see cref="CallbackDelivery.CallbackKind"/> or <see cref="CallbackDelivery.WebhookKind"/>.</param>
/// <param name="Event">The event's name, e.g. <c>transcription.success</c>.</param>
/// <param name="JobId">The job it is about.</param>
/// <param name="Target">Where and how it goes.</param>
/// <param name="DueAt">When the job reaches the state it tells of.</param>
/// <param name="Body">The JSON body, built when it was scheduled.</param>
internal sealed record ScheduledDelivery(string Kind, string Event, string JobId, CallbackTarget Target, DateTimeOffset DueAt, byte[] Body);
