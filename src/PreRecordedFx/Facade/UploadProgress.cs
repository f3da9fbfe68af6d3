using LanguageExt;

namespace PreRecordedFx;

/// <summary>How far an upload has got.</summary>
/// <param name="BytesSent">Bytes of the file handed to the connection so far.</param>
/// <param name="TotalBytes">The file's size, when the source knows it (a file or a seekable stream).</param>
public readonly record struct UploadProgress(long BytesSent, Option<long> TotalBytes);
