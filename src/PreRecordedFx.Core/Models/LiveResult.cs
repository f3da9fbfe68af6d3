using System.Text.Json.Serialization;

namespace PreRecordedFx;

/// <summary>
/// A live session's result once it is done (Gladia's <c>StreamingTranscriptionResultWithMessagesDTO</c>): the
/// transcription and the add-ons a live session can have, read as a <see cref="JobResult"/>'s, and the real-time
/// messages the server sent. The add-ons only pre-recorded jobs have (moderation, audio to LLM, …) stay <c>None</c>.
/// </summary>
[WireModel("result")]
public sealed partial record LiveResult : JobResult
{
    /// <summary>The real-time messages sent during the session, each as its JSON text; empty when none were kept.</summary>
    [JsonInclude]
    [JsonPropertyName("messages")]
    internal IReadOnlyList<string>? WireMessages { get; set; }
}
