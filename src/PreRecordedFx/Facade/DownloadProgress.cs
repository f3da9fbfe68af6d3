using LanguageExt;

namespace PreRecordedFx;

/// <summary>How far a file download has got.</summary>
/// <param name="BytesReceived">Bytes written to the destination so far.</param>
/// <param name="TotalBytes">The file's size, when the service sent <c>Content-Length</c>.</param>
public readonly record struct DownloadProgress(long BytesReceived, Option<long> TotalBytes);
