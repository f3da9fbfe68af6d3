namespace PreRecordedFx;

/// <summary>
/// One live (streaming) session, exactly as <c>GET /v2/live/:id</c> returns it (Gladia's <c>StreamingResponse</c>):
/// the same envelope and file as a <see cref="Job"/>, with the stream's parameters and the live result.
/// Optional wire fields are <see cref="LanguageExt.Option{A}"/>; nothing here is ever <c>null</c>.
/// </summary>
[WireModel("job")]
[WireDefault("Kind", JobKinds.Live)]
public sealed partial record LiveSession : TranscriptionJob<LiveRequestParams, LiveResult>;
