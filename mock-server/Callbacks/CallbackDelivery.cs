namespace PreRecordedFx.MockServer;

/// <summary>
/// One callback or webhook the mock sent, as its journal (<c>GET /__admin/callbacks</c>,
/// <see cref="MockServerFactory.Callbacks"/>) keeps it once delivered or given up. The target's query and user info
/// are never kept (a receiver's token lives there), and keys are masked.
/// </summary>
/// <param name="Time">When the first attempt was made, on the mock's clock.</param>
/// <param name="Kind"><see cref="CallbackKind"/> (the job's own <c>callback_config</c>) or <see cref="WebhookKind"/> (<c>--webhook-url</c>).</param>
/// <param name="Event">The event sent, e.g. <c>transcription.success</c>.</param>
/// <param name="JobId">The job it is about.</param>
/// <param name="Method"><c>POST</c> or <c>PUT</c>.</param>
/// <param name="Target">Where it went, e.g. <c>http://127.0.0.1:5000/hooks?***</c>.</param>
/// <param name="Status">The status of the last answer, or <c>null</c> when the last attempt got none.</param>
/// <param name="Delivered">Whether an attempt was answered 2xx.</param>
/// <param name="Attempts">How many attempts were made (1 when the first one succeeded).</param>
/// <param name="Failure">Why the last attempt got no answer (connection failed, timed out…), or <c>null</c>.</param>
public sealed record CallbackDelivery(
    DateTimeOffset Time,
    string Kind,
    string Event,
    string JobId,
    string Method,
    string Target,
    int? Status,
    bool Delivered,
    int Attempts,
    string? Failure)
{
    /// <summary>The <see cref="Kind"/> of a job's callback.</summary>
    public const string CallbackKind = "callback";

    /// <summary>The <see cref="Kind"/> of an account webhook.</summary>
    public const string WebhookKind = "webhook";
}
