namespace PreRecordedFx.MockServer.Files;

/// <summary>Audio received by <c>POST /v2/upload</c>, served back as the job's file.</summary>
internal sealed record StoredUpload(string Id, string Filename, string ContentType, byte[] Bytes, double Duration, int Channels);
