namespace PreRecordedFx;

/// <summary>
/// One pre-recorded transcription job, exactly as <c>GET /v2/pre-recorded/:id</c> returns it.
/// Optional wire fields are <see cref="LanguageExt.Option{A}"/>; nothing here is ever <c>null</c>.
/// </summary>
[WireModel("job")]
[WireDefault("Kind", JobKinds.PreRecorded)]
public sealed partial record Job : TranscriptionJob<RequestParams, JobResult>;
